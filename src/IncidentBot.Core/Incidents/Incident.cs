using IncidentBot.Core.Alerts;
using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The incident aggregate: every change goes through a method here, which guards the transition and
/// appends the timeline entry. The state it wraps is what stores persist.
/// </summary>
public sealed class Incident
{
    public Incident(IncidentState state)
        : this(state, IncidentTimeline.New())
    {
    }

    public Incident(IncidentState state, IncidentTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(timeline);
        State = state;
        TimelineChanges = timeline;
    }

    public IncidentState State { get; }

    /// <summary>The timeline with what changed on it since the incident was loaded; stores save from it.</summary>
    public IncidentTimeline TimelineChanges { get; }

    public int Number => State.Number;

    public string Key => IncidentKey.Format(State.Number);

    public IncidentStatus Status => State.Status;

    public bool IsOpen => State.Status != IncidentStatus.Resolved;

    public IReadOnlyList<TimelineEntry> Timeline => TimelineChanges.Entries;

    public IncidentMetrics Metrics => IncidentMetrics.Of(State);

    /// <summary>Opens an incident; impact starts at <paramref name="startedAt"/>, the bot learnt of it at <paramref name="openedAt"/>.</summary>
    public static Incident Open(string title, Severity severity, string? service, DateTimeOffset startedAt, DateTimeOffset openedAt, string? declaredBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new Incident(new IncidentState
        {
            Title = StoredText.Cut(title.Trim(), StoredText.Title),
            Severity = severity,
            Service = StoredText.CutOrNull(service, StoredText.Service),
            StartedAt = startedAt <= openedAt ? startedAt : openedAt,
            OpenedAt = openedAt,
            DeclaredBy = declaredBy,
            Status = IncidentStatus.Triggered,
        });
    }

    /// <summary>The entry the last change appended, so its announcement can link back to it.</summary>
    public TimelineEntry? LastRecorded { get; private set; }

    /// <summary>Appends a timeline entry, keeping the timeline in time order.</summary>
    public TimelineEntry Record(TimelineKind kind, string text, DateTimeOffset at, string? by = null, string? link = null, string? messageId = null)
    {
        var entry = new TimelineEntry { At = at, Kind = kind, Text = text, By = by, Link = link, MessageId = messageId };
        TimelineChanges.Add(entry);
        LastRecorded = entry;
        return entry;
    }

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

    public void AttachChannel(string channelId, string channelName, DateTimeOffset at)
    {
        State.ChannelId = channelId;
        State.ChannelName = channelName;
        Record(TimelineKind.ChannelOpened, $"Channel #{channelName} opened", at);
    }

    /// <summary>
    /// Adds or updates an alert of this incident. Returns false when the delivery changes nothing (a repeat). An
    /// alert firing on a mitigated incident means the impact is back: it is no longer mitigated (it stays acknowledged).
    /// </summary>
    public bool ApplyAlert(NormalizedAlert alert, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!State.GroupKeys.Contains(alert.GroupKey))
        {
            State.GroupKeys.Add(alert.GroupKey);
        }

        var known = Known(alert);
        if (known is not null && known.Status == alert.Status && (alert.Status != AlertStatus.Firing || known.StartsAt == alert.StartsAt))
        {
            return false;
        }

        var firingAgain = known?.Status == AlertStatus.Resolved && alert.Status == AlertStatus.Firing;
        var detailed = known is not null || MakeRoomForAlert();
        var added = known is null;
        if (known is null)
        {
            known = new IncidentAlert { Source = alert.Source, Fingerprint = alert.Fingerprint, GroupKey = alert.GroupKey };
            State.Alerts.Add(known);
        }

        var title = StoredText.Cut(alert.Title, StoredText.Title);
        var link = StoredText.CutOrNull(alert.Link, StoredText.Link);
        known.Title = title;
        known.Description = detailed ? StoredText.CutOrNull(alert.Description, StoredText.Description) ?? known.Description : null;
        known.Link = detailed ? link ?? known.Link : null;
        known.Status = alert.Status;
        if (alert.Status == AlertStatus.Unknown)
        {
            // A known alert keeps the start of its firing: no data is not a new start of the impact.
            known.StartsAt = added ? alert.StartsAt : known.StartsAt;
            Record(TimelineKind.AlertUnknown, title, Earlier(alert.StartsAt, receivedAt), link: link);
            return true;
        }

        known.StartsAt = alert.StartsAt;
        known.EndsAt = alert.EndsAt;

        if (alert.Status == AlertStatus.Firing)
        {
            var firedAt = Earlier(alert.StartsAt, receivedAt);
            State.StartedAt = Earlier(State.StartedAt, firedAt);
            Record(TimelineKind.AlertFired, firingAgain ? $"{title} (firing again)" : title, firedAt, link: link);
            if (State.Status == IncidentStatus.Mitigated)
            {
                State.MitigatedAt = null;
                State.Status = Unmitigated;
                Record(TimelineKind.StatusUpdate, $"No longer mitigated: {title} is firing again", receivedAt);
            }

            return true;
        }

        var endedAt = Later(Earlier(alert.EndsAt ?? receivedAt, receivedAt), alert.StartsAt);
        Record(TimelineKind.AlertResolved, title, endedAt, link: link);
        if (!State.HasUnresolvedAlerts() && IsOpen)
        {
            Mitigate(null, endedAt, "All alerts resolved");
        }

        return true;
    }

    /// <summary>
    /// Keeps the incident's alerts within <see cref="StoredText.Alerts"/> before one more is added: the oldest resolved
    /// alert goes (its timeline entries stay). False when every alert still fires: the new one is kept without details.
    /// </summary>
    private bool MakeRoomForAlert()
    {
        if (State.Alerts.Count < StoredText.Alerts)
        {
            return true;
        }

        var oldestResolved = State.Alerts.FindIndex(a => a.Status == AlertStatus.Resolved);
        if (oldestResolved < 0)
        {
            return false;
        }

        State.Alerts.RemoveAt(oldestResolved);
        return true;
    }

    /// <summary>The incident has this alert from this same start: a delivery of it is a repeat, not a new firing.</summary>
    public bool HasFiringOf(NormalizedAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Known(alert)?.StartsAt == alert.StartsAt;
    }

    private IncidentAlert? Known(NormalizedAlert alert) =>
        State.Alerts.Find(a => a.Source == alert.Source && a.Fingerprint == alert.Fingerprint);

    public bool Acknowledge(string by, DateTimeOffset at, string? eta = null)
    {
        if (State.AcknowledgedAt is not null || State.Status >= IncidentStatus.Acknowledged)
        {
            return false;
        }

        State.AcknowledgedAt = at;
        State.AcknowledgedBy = by;
        State.Status = IncidentStatus.Acknowledged;
        Record(TimelineKind.Acknowledged, string.IsNullOrWhiteSpace(eta) ? "Acknowledged" : $"Acknowledged, ETA {eta.Trim()}", at, by);
        return true;
    }

    public bool Mitigate(string? by, DateTimeOffset at, string? text)
    {
        if (State.MitigatedAt is not null || State.Status >= IncidentStatus.Mitigated)
        {
            return false;
        }

        State.MitigatedAt = at;
        State.Status = IncidentStatus.Mitigated;
        Record(TimelineKind.Mitigated, string.IsNullOrWhiteSpace(text) ? "Mitigated" : text.Trim(), at, by);
        return true;
    }

    public bool Resolve(string? by, DateTimeOffset at, string? text)
    {
        if (State.Status == IncidentStatus.Resolved)
        {
            return false;
        }

        State.MitigatedAt ??= at;
        State.ResolvedAt = at;
        State.Status = IncidentStatus.Resolved;
        Record(TimelineKind.Resolved, string.IsNullOrWhiteSpace(text) ? "Resolved" : text.Trim(), at, by);
        return true;
    }

    /// <summary>Opens a resolved incident again; it keeps its acknowledgement but needs mitigating and resolving anew.</summary>
    public bool Reopen(string by, DateTimeOffset at, string? reason)
    {
        if (State.Status != IncidentStatus.Resolved)
        {
            return false;
        }

        State.ResolvedAt = null;
        State.MitigatedAt = null;
        State.Status = Unmitigated;
        Record(TimelineKind.StatusUpdate, string.IsNullOrWhiteSpace(reason) ? "Reopened" : $"Reopened: {reason.Trim()}", at, by);
        return true;
    }

    public bool ChangeSeverity(Severity severity, string by, DateTimeOffset at)
    {
        if (State.Severity == severity)
        {
            return false;
        }

        var from = State.Severity;
        State.Severity = severity;
        Record(TimelineKind.SeverityChanged, $"Severity {from.ToWireName()} → {severity.ToWireName()}", at, by);
        return true;
    }

    public bool AssignLead(string personId, string personName, string by, DateTimeOffset at)
    {
        if (State.Lead == personId)
        {
            return false;
        }

        State.Lead = personId;
        Record(TimelineKind.RoleAssigned, $"{personName} is the incident lead", at, by);
        return true;
    }

    /// <summary>The status of an open incident whose impact is not over: waiting for acknowledgement, or acknowledged.</summary>
    private IncidentStatus Unmitigated => State.AcknowledgedAt is null ? IncidentStatus.Triggered : IncidentStatus.Acknowledged;

    public IEnumerable<TimelineEntry> RootCauses => Timeline.Where(e => e.Kind == TimelineKind.RootCause);

    public IEnumerable<TimelineEntry> FollowUps => Timeline.Where(e => e.Kind == TimelineKind.FollowUp);

    /// <summary>
    /// Records that a level of the escalation policy was paged (or, with level 0, people paged by hand,
    /// which does not move the escalation timer).
    /// </summary>
    public void RecordPaged(int level, IReadOnlyList<string> personIds, string text, DateTimeOffset at, string? by, bool escalation)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        if (level > State.PagedLevel)
        {
            State.PagedLevel = level;
            State.LastPagedAt = at;
            State.UnreachedPeople.Clear();
            State.LevelPeople.Clear();
        }

        if (level > 0 && level == State.PagedLevel)
        {
            State.LevelPeople.AddRange(personIds.Where(p => !State.LevelPeople.Contains(p)));
        }

        State.PagedPeople.AddRange(personIds.Where(p => !State.PagedPeople.Contains(p)));
        Record(escalation ? TimelineKind.Escalated : TimelineKind.Paged, text, at, by);
    }

    /// <summary>
    /// Records that no level from the one due on had anybody on call (their schedules were empty then): the chain has
    /// run out at <paramref name="pastLastLevel"/>, as when every level was paged, and people must page by hand.
    /// </summary>
    public void RecordNobodyOnCall(int pastLastLevel, string text, DateTimeOffset at, bool escalation)
    {
        if (pastLastLevel > State.PagedLevel)
        {
            State.PagedLevel = pastLastLevel;
            State.LastPagedAt = at;
            State.UnreachedPeople.Clear();
            State.LevelPeople.Clear();
        }

        Record(escalation ? TimelineKind.Escalated : TimelineKind.Paged, text, at, by: null);
    }

    /// <summary>
    /// Records that the platform refused a page for good. A page of the level the incident waits on counts against
    /// that level: see <see cref="NobodyReachedAtPagedLevel"/>.
    /// </summary>
    public void RecordPageFailed(string personId, int level, string text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(personId);
        if (level > 0 && level == State.PagedLevel && !State.UnreachedPeople.Contains(personId))
        {
            State.UnreachedPeople.Add(personId);
        }

        Record(TimelineKind.PageFailed, text, at);
    }

    /// <summary>
    /// Whether the incident waits for an acknowledgement from a level none of whose paged people
    /// (<see cref="IncidentState.LevelPeople"/>) was reached: waiting longer would wait for people who do not know.
    /// </summary>
    public bool NobodyReachedAtPagedLevel() =>
        Status == IncidentStatus.Triggered && State.PagedLevel > 0 && State.LevelPeople.Count > 0
            && State.LevelPeople.All(State.UnreachedPeople.Contains);

    /// <summary>Puts a change on the timeline once (at the change's own time).</summary>
    public bool RecordChange(string changeId, string text, DateTimeOffset at, string? by)
    {
        if (State.ChangeIds.Contains(changeId))
        {
            return false;
        }

        State.ChangeIds.Add(changeId);
        Record(TimelineKind.Change, text, at, by);
        return true;
    }

    /// <summary>Follows an edit of a message that is on the timeline; false when it is not.</summary>
    public bool EditMessage(string messageId, string text)
    {
        var entries = TimelineChanges.FindAll(e => e.MessageId == messageId && e.Kind == TimelineKind.MessagePinned);
        foreach (var entry in entries)
        {
            entry.Text = text;
            TimelineChanges.MarkEdited(entry);
        }

        return entries.Count > 0;
    }

    /// <summary>Takes a deleted message off the timeline; false when it was not on it.</summary>
    public bool ForgetMessage(string messageId) =>
        TimelineChanges.RemoveAll(e => e.MessageId == messageId && e.Kind == TimelineKind.MessagePinned) > 0;

    /// <summary>Links an entry to the chat message that announced it (or that it was taken from).</summary>
    public void LinkEntry(TimelineEntry entry, string? link, string? messageId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Link = link;
        entry.MessageId = messageId;
        TimelineChanges.MarkEdited(entry);
    }

    /// <summary>Asks for a new postmortem draft; returns the revision the drafting job must produce.</summary>
    public int RequestPostmortem() => ++State.PostmortemRevision;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
