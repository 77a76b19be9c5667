namespace IncidentBot.Core.Incidents;

/// <summary>
/// The incident aggregate: every change goes through a method here, which guards the transition and
/// appends the timeline entry. The state it wraps is what stores persist. This file holds its lifecycle (open,
/// acknowledge, mitigate, resolve, reopen, severity, lead); the other parts are by concern: <c>Incident.Alerts.cs</c>,
/// <c>Incident.Paging.cs</c>, <c>Incident.Findings.cs</c>, <c>Incident.Timeline.cs</c>.
/// </summary>
public sealed partial class Incident
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

    public void AttachChannel(string channelId, string channelName, DateTimeOffset at)
    {
        State.ChannelId = channelId;
        State.ChannelName = channelName;
        Record(TimelineKind.ChannelOpened, $"Channel #{channelName} opened", at);
    }

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

    /// <summary>Asks for a new postmortem draft; returns the revision the drafting job must produce.</summary>
    public int RequestPostmortem() => ++State.PostmortemRevision;
}
