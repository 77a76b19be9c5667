using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Metrics;

/// <summary>
/// The response figures of one group of incidents (a week or a service): how many incidents, how many of each severity,
/// and the median time to acknowledge, mitigate and resolve of those that got there.
/// </summary>
/// <param name="Key">Stable and sortable: <c>2026-W49</c>, or the service name.</param>
/// <param name="Label">For people: <c>week of 30 November 2026</c>, or the service name (<c>no service</c> when none).</param>
/// <param name="Incidents">How many incidents began in the week, or were on the service.</param>
/// <param name="BySeverity">How many of each severity, every severity present (zero when none).</param>
/// <param name="Acknowledge">Time to acknowledge, from the incident's opening.</param>
/// <param name="Mitigate">Time to mitigate, from the impact's start.</param>
/// <param name="Resolve">Time to resolve, from the impact's start.</param>
public sealed record MetricsGroup(
    string Key,
    string Label,
    int Incidents,
    IReadOnlyDictionary<Severity, int> BySeverity,
    ResponseTimes Acknowledge,
    ResponseTimes Mitigate,
    ResponseTimes Resolve);
