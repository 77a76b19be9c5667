using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Metrics;

/// <summary>One group's figures in the metrics JSON; times in seconds.</summary>
public sealed record MetricsGroupJson(
    string Key, string Label, int Incidents, IReadOnlyDictionary<string, int> BySeverity,
    ResponseTimesJson TimeToAcknowledge, ResponseTimesJson TimeToMitigate, ResponseTimesJson TimeToResolve)
{
    public static MetricsGroupJson From(MetricsGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new MetricsGroupJson(
            group.Key, group.Label, group.Incidents, group.BySeverity.ToDictionary(s => s.Key.ToWireName(), s => s.Value),
            ResponseTimesJson.From(group.Acknowledge), ResponseTimesJson.From(group.Mitigate), ResponseTimesJson.From(group.Resolve));
    }
}
