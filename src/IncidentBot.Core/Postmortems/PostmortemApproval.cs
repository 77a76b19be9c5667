namespace IncidentBot.Core.Postmortems;

/// <summary>
/// A manager's approved version of an incident's postmortem: the Markdown as they edited it, the bot's draft revision
/// they started from, who approved it and when. Approvals are numbered per incident from 1 and never replaced: a second
/// approval (after a correction, or from a newer draft) is approval 2, and the newest is the report of record. The
/// draft it started from is kept unchanged beside it (<see cref="Storage.IPostmortemStore"/>).
/// </summary>
public sealed class PostmortemApproval
{
    public int IncidentNumber { get; init; }

    /// <summary>1 for the incident's first approval, then 2, …</summary>
    public int Number { get; init; }

    /// <summary>The bot's draft revision the manager edited.</summary>
    public int FromRevision { get; init; }

    public string Markdown { get; init; } = "";

    /// <summary>The name shown for who approved it: the signed-in person's name, or the operator on this machine.</summary>
    public string ApprovedBy { get; init; } = "";

    /// <summary>The configured person (<c>People</c>) who approved it, when the sign-in names one; null otherwise.</summary>
    public string? ApproverId { get; init; }

    public DateTimeOffset ApprovedAt { get; init; }
}
