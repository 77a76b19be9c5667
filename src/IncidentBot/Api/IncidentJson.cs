using IncidentBot.Core.Incidents;

namespace IncidentBot.Api;

/// <summary>An incident as the HTTP API and drills show it (docs: drills/FORMAT.md). Times are UTC.</summary>
public sealed record IncidentJson(
    int Number,
    string Key,
    string Title,
    Severity Severity,
    IncidentStatus Status,
    string? Service,
    string? Channel,
    DateTimeOffset StartedAt,
    DateTimeOffset OpenedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? MitigatedAt,
    DateTimeOffset? ResolvedAt,
    string? Lead,
    MetricsJson Metrics,
    IReadOnlyList<TimelineEntryJson> Timeline,
    IReadOnlyList<string> RootCauses,
    IReadOnlyList<string> FollowUps)
{
    public static IncidentJson From(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var state = incident.State;
        var metrics = incident.Metrics;
        return new IncidentJson(
            state.Number, incident.Key, state.Title, state.Severity, state.Status, state.Service, state.ChannelName,
            state.StartedAt, state.OpenedAt, state.AcknowledgedAt, state.MitigatedAt, state.ResolvedAt, state.Lead,
            new MetricsJson(metrics.TimeToAcknowledge?.TotalSeconds, metrics.TimeToMitigate?.TotalSeconds, metrics.TimeToResolve?.TotalSeconds),
            incident.Timeline.Select(e => new TimelineEntryJson(e.At, e.Kind, e.Text, e.By, e.Link)).ToList(),
            incident.RootCauses.Select(e => e.Text).ToList(),
            incident.FollowUps.Select(e => e.Text).ToList());
    }
}
