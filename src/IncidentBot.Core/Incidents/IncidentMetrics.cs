namespace IncidentBot.Core.Incidents;

/// <summary>
/// Response metrics: time to acknowledge counted from opening, to mitigate and to resolve from the impact's start.
/// A metric whose end has not happened is <c>null</c>.
/// </summary>
public sealed record IncidentMetrics(TimeSpan? TimeToAcknowledge, TimeSpan? TimeToMitigate, TimeSpan? TimeToResolve)
{
    public static IncidentMetrics Of(IncidentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new IncidentMetrics(
            state.AcknowledgedAt - state.OpenedAt,
            state.MitigatedAt - state.StartedAt,
            state.ResolvedAt - state.StartedAt);
    }
}
