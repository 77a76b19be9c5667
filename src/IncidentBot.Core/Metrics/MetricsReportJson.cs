namespace IncidentBot.Core.Metrics;

/// <summary>
/// A metrics report as JSON, the same for <c>GET /api/metrics</c> and the web face's download: plain values only
/// (<see cref="Grouping"/> as <c>week</c> or <c>service</c>, days as <c>2026-12-01</c>), so any serializer's camelCase
/// settings give the same document.
/// </summary>
public sealed record MetricsReportJson(string Grouping, string Zone, DateOnly? From, DateOnly? To, IReadOnlyList<MetricsGroupJson> Groups, MetricsGroupJson Total)
{
    public static MetricsReportJson Of(MetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new MetricsReportJson(
            report.Grouping == MetricsGrouping.Week ? "week" : "service", report.Zone, report.Period.From, report.Period.To,
            [.. report.Groups.Select(MetricsGroupJson.From)], MetricsGroupJson.From(report.Total));
    }
}
