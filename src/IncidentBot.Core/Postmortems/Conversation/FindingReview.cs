namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>
/// A finding of the conversation (<see cref="ConversationReader"/>) the bot asked the people to confirm, kept with the
/// incident: what was said, by whom and when, and what the people decided.
/// </summary>
public sealed class FindingReview
{
    /// <summary>1, 2, … within the incident; what its buttons carry.</summary>
    public int Id { get; set; }

    public FindingKind Kind { get; set; }

    public string Statement { get; set; } = "";

    /// <summary>The platform id of the message it was said in.</summary>
    public string MessageId { get; set; } = "";

    /// <summary>The person id of who said it.</summary>
    public string? SaidBy { get; set; }

    public DateTimeOffset SaidAt { get; set; }

    public string? Permalink { get; set; }

    public FindingStatus Status { get; set; }

    /// <summary>Who confirmed or rejected it, and when.</summary>
    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The bot's message asking about it, updated once it is decided.</summary>
    public string? PromptMessageId { get; set; }

    /// <summary>Whether <paramref name="finding"/> is this one: the same words of the same message, of the same kind.</summary>
    public bool Is(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Kind == finding.Kind && MessageId == finding.MessageId && Statement == finding.Statement;
    }
}
