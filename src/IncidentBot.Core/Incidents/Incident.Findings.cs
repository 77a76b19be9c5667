using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Incidents;

/// <summary>What the conversation said, on its way to the timeline: findings proposed, then confirmed or rejected by a person.</summary>
public sealed partial class Incident
{
    /// <summary>
    /// Keeps a finding of the conversation the bot is about to ask about, unless it was asked about before; null then.
    /// </summary>
    public FindingReview? ProposeFinding(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (State.Findings.Exists(f => f.Is(finding)))
        {
            return null;
        }

        var review = new FindingReview
        {
            Id = State.Findings.Count == 0 ? 1 : State.Findings.Max(f => f.Id) + 1,
            Kind = finding.Kind, Statement = finding.Statement, MessageId = finding.MessageId,
            SaidBy = finding.AuthorId, SaidAt = finding.At, Permalink = finding.Permalink, Status = FindingStatus.Proposed,
        };
        State.Findings.Add(review);
        return review;
    }

    /// <summary>
    /// Confirms or rejects a proposed finding. Confirmed, it goes on the timeline at the time it was said, attributed to
    /// who said it and who confirmed it. False when it was decided before.
    /// </summary>
    public bool DecideFinding(FindingReview finding, bool confirmed, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Status != FindingStatus.Proposed)
        {
            return false;
        }

        finding.Status = confirmed ? FindingStatus.Confirmed : FindingStatus.Rejected;
        finding.DecidedBy = by;
        finding.DecidedAt = at;
        if (confirmed)
        {
            var entry = new TimelineEntry
            {
                At = finding.SaidAt, Kind = TimelineKindOf(finding.Kind), Text = finding.Statement, By = finding.SaidBy,
                ConfirmedBy = by, Link = finding.Permalink, MessageId = finding.MessageId,
            };
            TimelineChanges.Add(entry);
            LastRecorded = entry;
        }

        return true;
    }

    private static TimelineKind TimelineKindOf(FindingKind kind) => kind switch
    {
        FindingKind.RootCause => TimelineKind.RootCause,
        FindingKind.ActionItem => TimelineKind.FollowUp,
        FindingKind.Impact => TimelineKind.Impact,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only root causes, impact and action items are confirmed."),
    };
}
