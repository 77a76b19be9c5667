using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Connector;

/// <summary>
/// An activity the bot sends to Teams (the Bot Connector's <c>Activity</c>, only the fields the bot uses). One
/// activity carries text or a card, never both: Teams splits such a message in two and the id an update needs is
/// lost (<see href="https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages"/>).
/// Build one with <see cref="Message"/> or <see cref="Card"/>; the client refuses one that mixes them.
/// </summary>
public sealed record OutgoingActivity
{
    public const string MessageType = "message";

    /// <summary>Teams renders <c>markdown</c> (a subset) in <see cref="Text"/>; <c>plain</c> and <c>xml</c> are the others.</summary>
    public const string Markdown = "markdown";

    public string Type { get; init; } = MessageType;

    /// <summary>The activity's id; set by the client for an update, which names the activity it replaces.</summary>
    public string? Id { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    /// <summary>What notifications and the chat list show instead of a card.</summary>
    public string? Summary { get; init; }

    public IReadOnlyList<ConnectorAttachment>? Attachments { get; init; }

    /// <summary>Mentions (<c>{"type":"mention","mentioned":{"id","name"},"text":"&lt;at&gt;Name&lt;/at&gt;"}</c>), whose text must appear in <see cref="Text"/>.</summary>
    public JsonArray? Entities { get; init; }

    /// <summary>Teams' own fields, e.g. <c>{"notification":{"alert":true}}</c> for an activity-feed alert.</summary>
    public JsonObject? ChannelData { get; init; }

    /// <summary>The activity this one answers; set by the client for a reply.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>A text message (markdown unless <paramref name="textFormat"/> says otherwise).</summary>
    public static OutgoingActivity Message(string text, string textFormat = Markdown)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return new OutgoingActivity { Text = text, TextFormat = textFormat };
    }

    /// <summary>A message holding one Adaptive Card (rendered elsewhere), with <paramref name="summary"/> for notifications.</summary>
    public static OutgoingActivity Card(JsonNode adaptiveCard, string? summary = null) =>
        new() { Attachments = [ConnectorAttachment.AdaptiveCard(adaptiveCard)], Summary = summary };

    /// <summary>Throws when the activity cannot go to Teams as it is: no type, or text and attachments together.</summary>
    public void EnsureSendable()
    {
        if (string.IsNullOrEmpty(Type))
        {
            throw new ArgumentException("An activity needs a type.", nameof(Type));
        }

        if (!string.IsNullOrEmpty(Text) && Attachments is { Count: > 0 })
        {
            throw new ArgumentException(
                "An activity carries text or a card, not both: Teams would split it and the id needed to update it would be lost. Send them as two activities.",
                nameof(Attachments));
        }
    }
}
