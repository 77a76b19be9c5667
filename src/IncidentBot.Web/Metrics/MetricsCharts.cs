using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Web.Charts;

namespace IncidentBot.Web.Metrics;

/// <summary>
/// The metrics page's two charts, from a <see cref="MetricsReport"/>: median times to acknowledge, mitigate and resolve
/// side by side, and incidents stacked by severity. By week, every week of the period has its place on the axis, so a
/// quiet week shows as a gap rather than vanishing; by service, one place per service that had incidents.
/// </summary>
public static class MetricsCharts
{
    public const string TimesId = "response-times-chart";
    public const string SeveritiesId = "severities-chart";

    public static BarChart ResponseTimes(MetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var places = PlacesOf(report);
        static double? Median(MetricsGroup? group, Func<MetricsGroup, ResponseTimes> measure) =>
            group is null ? null : measure(group).Median?.TotalSeconds;
        return new BarChart(
            TimesId,
            $"Median response times {Per(report)}",
            $"Median time to acknowledge, to mitigate and to resolve {Per(report)}, {Between(report)}. Incidents not yet acknowledged, mitigated or resolved are not counted in that median; the table below gives every figure.",
            ChartValueKind.Duration,
            BarLayout.Grouped,
            [.. places.Select(p => p.Category)],
            [
                new ChartSeries("time to acknowledge", "tta", [.. places.Select(p => Median(p.Group, g => g.Acknowledge))]),
                new ChartSeries("time to mitigate", "ttm", [.. places.Select(p => Median(p.Group, g => g.Mitigate))]),
                new ChartSeries("time to resolve", "ttr", [.. places.Select(p => Median(p.Group, g => g.Resolve))]),
            ],
            report.Total.Incidents == 0 ? BarChart.NoIncidents : "No incident in this period has been acknowledged, mitigated or resolved yet");
    }

    public static BarChart Severities(MetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var places = PlacesOf(report);
        return new BarChart(
            SeveritiesId,
            $"Incidents {(report.Grouping == MetricsGrouping.Week ? "per week" : "per service")}, by severity",
            $"How many incidents {Per(report)}, stacked by severity from sev1 at the bottom, {Between(report)}: {report.Total.Incidents} in all.",
            ChartValueKind.Count,
            BarLayout.Stacked,
            [.. places.Select(p => p.Category)],
            [.. Enum.GetValues<Severity>().Select(s => new ChartSeries(
                s.ToWireName(), s.ToWireName(), [.. places.Select(p => (double?)(p.Group?.BySeverity[s] ?? 0))]))]);
    }

    private static string Per(MetricsReport report) => report.Grouping == MetricsGrouping.Week ? "per week" : "by service";

    private static string Between(MetricsReport report) =>
        $"from {Day(report.Period.From)} to {Day(report.Period.To)} ({report.Zone})";

    private static string Day(DateOnly? day) => day?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "any day";

    private static List<(ChartCategory Category, MetricsGroup? Group)> PlacesOf(MetricsReport report)
    {
        if (report.Grouping == MetricsGrouping.Service || report.Period is not { From: { } from, To: { } to })
        {
            return [.. report.Groups.Select(g => (new ChartCategory(g.Label, g.Label), (MetricsGroup?)g))];
        }

        var byKey = report.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        var places = new List<(ChartCategory, MetricsGroup?)>();
        for (var monday = from.AddDays(-(((int)from.DayOfWeek + 6) % 7)); monday <= to; monday = monday.AddDays(7))
        {
            var category = new ChartCategory(
                monday.ToString("d MMM", CultureInfo.InvariantCulture), "week of " + monday.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
            places.Add((category, byKey.GetValueOrDefault(ResponseMetricsReport.WeekKey(monday))));
        }

        return places;
    }
}
