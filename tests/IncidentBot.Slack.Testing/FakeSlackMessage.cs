using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// A message as people in the channel see it now (edits applied); <see cref="Edits"/> counts <c>chat.update</c>s;
/// <see cref="Metadata"/> is what apps see of it (people do not).
/// </summary>
public sealed record FakeSlackMessage(
    string Channel, string Ts, string? User, string? Text, JsonArray? Blocks, string? ThreadTs, IReadOnlyList<string> FileIds, int Edits,
    JsonObject? Metadata = null)
{
    /// <summary>The buttons people can press: those of actions blocks, and sections' accessory buttons.</summary>
    public IReadOnlyList<JsonNode> Buttons() =>
    [
        .. (Blocks ?? []).OfType<JsonObject>().SelectMany(block => (string?)block["type"] switch
        {
            "actions" => block["elements"]!.AsArray().OfType<JsonObject>(),
            "section" when block["accessory"] is JsonObject { } accessory && (string?)accessory["type"] == "button" => [accessory],
            _ => [],
        }),
    ];
}
