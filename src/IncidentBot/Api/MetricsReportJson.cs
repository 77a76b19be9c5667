using IncidentBot.Core.Metrics;

namespace IncidentBot.Api;

/// <summary>The JSON of <c>GET /api/metrics</c>.</summary>
public sealed record MetricsReportJson(MetricsGrouping Grouping, string Zone, IReadOnlyList<MetricsGroupJson> Groups);
