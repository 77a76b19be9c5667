using IncidentBot.Core.Alerts;
using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Everything an incident is, as stored, but its timeline (<see cref="IncidentTimeline"/>, stored entry by
/// entry). Only <see cref="Incident"/> changes it; stores persist it as is.
/// </summary>
public sealed class IncidentState
{
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public Severity Severity { get; set; }

    public IncidentStatus Status { get; set; }

    public string? Service { get; set; }

    /// <summary>Platform id of the incident channel (or Teams thread); <c>null</c> until it is opened.</summary>
    public string? ChannelId { get; set; }

    public string? ChannelName { get; set; }

    /// <summary>Platform id of the incident card message, kept up to date as the incident changes.</summary>
    public string? CardMessageId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? MitigatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? DeclaredBy { get; set; }

    public string? Lead { get; set; }

    public List<string> GroupKeys { get; set; } = [];

    public List<IncidentAlert> Alerts { get; set; } = [];

    /// <summary>Links already bookmarked in the incident channel.</summary>
    public List<string> Bookmarks { get; set; } = [];

    /// <summary>Ids of the changes already put on this incident's timeline.</summary>
    public List<string> ChangeIds { get; set; } = [];

    /// <summary>The highest escalation level paged so far (0: nobody yet).</summary>
    public int PagedLevel { get; set; }

    /// <summary>When the highest level so far was paged: the escalation timer runs from here.</summary>
    public DateTimeOffset? LastPagedAt { get; set; }

    /// <summary>Everyone paged so far, in order, by person id.</summary>
    public List<string> PagedPeople { get; set; } = [];

    /// <summary>
    /// Who <see cref="PagedLevel"/> paged, by person id: its people and whoever its schedules had on call when it was
    /// paged. A schedule's person is only known at that moment, so the level is kept as it was paged.
    /// </summary>
    public List<string> LevelPeople { get; set; } = [];

    /// <summary>People of <see cref="PagedLevel"/> whose page the platform refused: that level was not reached through them.</summary>
    public List<string> UnreachedPeople { get; set; } = [];

    /// <summary>When the channel was last reminded to post a status update.</summary>
    public DateTimeOffset? LastUpdateReminderAt { get; set; }

    /// <summary>How many postmortem drafts were asked for; a drafting job with an older revision does nothing.</summary>
    public int PostmortemRevision { get; set; }

    /// <summary>What the bot found in the conversation and asked the people to confirm, in the order it asked.</summary>
    public List<FindingReview> Findings { get; set; } = [];

    public bool HasFiringAlerts() => Alerts.Exists(a => a.Status == AlertStatus.Firing);

    /// <summary>Some alert still fires, or its source cannot tell whether it does (<see cref="AlertStatus.Unknown"/>).</summary>
    public bool HasUnresolvedAlerts() => Alerts.Exists(a => a.Status != AlertStatus.Resolved);
}
