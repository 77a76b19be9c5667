namespace IncidentBot.Core.Metrics;

/// <summary>
/// A metrics report as the API, the downloads and the metrics page give it: the groups of one grouping over a period,
/// and <see cref="Total"/>, the same figures over every incident in the period.
/// </summary>
/// <param name="Grouping">By week or by service.</param>
/// <param name="Period">The days whose incidents are counted.</param>
/// <param name="Zone">The display zone's label, in which weeks and the period's days are read.</param>
/// <param name="Groups">One per week or service that had an incident, in key order.</param>
/// <param name="Total">Every incident of the period (key <see cref="ResponseMetricsReport.TotalKey"/>): the overall counts by
/// severity and the overall medians, which cannot be added up from the groups' medians.</param>
public sealed record MetricsReport(MetricsGrouping Grouping, MetricsPeriod Period, string Zone, IReadOnlyList<MetricsGroup> Groups, MetricsGroup Total);
