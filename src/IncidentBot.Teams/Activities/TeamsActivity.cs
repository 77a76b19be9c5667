using System.Text.Json;

namespace IncidentBot.Teams.Activities;

/// <summary>
/// An activity Teams sends to <c>POST /api/messages</c>, with only the fields the bot uses (the Activity Protocol:
/// https://github.com/microsoft/Agents/blob/main/specs/activity/protocol-activity.md; Teams' additions:
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages). Unknown
/// fields are ignored. Read it with <see cref="TeamsActivityReader"/>.
/// </summary>
public sealed record TeamsActivity
{
    /// <summary><c>message</c>, <c>invoke</c>, <c>messageUpdate</c>… (<see cref="TeamsActivityTypes"/>).</summary>
    public required string Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Where replies to this conversation go; it differs by region, so it is kept per conversation.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary><c>msteams</c> from Teams.</summary>
    public string? ChannelId { get; init; }

    public TeamsAccount? From { get; init; }

    public TeamsConversation? Conversation { get; init; }

    /// <summary>The bot.</summary>
    public TeamsAccount? Recipient { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public IReadOnlyList<TeamsEntity>? Entities { get; init; }

    /// <summary>An invoke's payload, or the data of an <c>Action.Submit</c> button.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The message this one answers: for a button press, the message with the card.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>An invoke's name: <c>adaptiveCard/action</c>, <c>composeExtension/submitAction</c>…</summary>
    public string? Name { get; init; }

    /// <summary>An <c>installationUpdate</c>'s <c>add</c> or <c>remove</c>.</summary>
    public string? Action { get; init; }

    public IReadOnlyList<TeamsAccount>? MembersAdded { get; init; }

    public IReadOnlyList<TeamsAccount>? MembersRemoved { get; init; }

    public IReadOnlyList<TeamsReactionType>? ReactionsAdded { get; init; }

    public IReadOnlyList<TeamsReactionType>? ReactionsRemoved { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public IReadOnlyList<TeamsEntity> EntitiesOrEmpty => Entities ?? [];

    /// <summary>Whether this comes from a 1:1 chat with the bot, where plain text is a command.</summary>
    public bool IsPersonal => string.Equals(Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
