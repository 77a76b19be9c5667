using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// The immediate answer to Slack: the HTTP response body, or the <c>payload</c> of a Socket Mode ack.
/// No body means an empty 200 (Slack only needs to know it arrived).
/// </summary>
public sealed record SlackAck(JsonObject? Body)
{
    public static SlackAck Empty { get; } = new((JsonObject?)null);

    /// <summary>A reply only the person who acted sees; its text is escaped, as it may echo what they typed.</summary>
    public static SlackAck Ephemeral(string text) =>
        new(new JsonObject { ["response_type"] = "ephemeral", ["text"] = Outbound.SlackMrkdwn.Escape(text) });
}
