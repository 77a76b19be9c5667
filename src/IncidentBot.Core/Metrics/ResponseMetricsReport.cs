using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Metrics;

/// <summary>
/// Groups incidents by week or by service and measures each group (<see cref="MetricsGroup"/>): what a manager reads to
/// see whether response is getting faster and where incidents come from. Weeks are ISO weeks in the display zone, so an
/// incident at 00:30 on a Monday in Stockholm counts in that Monday's week; groups with no incident are not invented.
/// </summary>
public static class ResponseMetricsReport
{
    public const string NoService = "no service";

    /// <summary>The key of <see cref="MetricsReport.Total"/>, which no week key (<c>2026-W49</c>) can be.</summary>
    public const string TotalKey = "all";

    /// <summary>The report over the incidents whose impact began within <paramref name="period"/>, with its total.</summary>
    public static MetricsReport For(IEnumerable<Incident> incidents, MetricsGrouping grouping, MetricsPeriod period, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        var within = incidents.Where(i => period.Contains(i, zone)).ToList();
        return new MetricsReport(grouping, period, zone.Label, Of(within, grouping, zone), Measure(TotalKey, "all incidents", within));
    }

    public static IReadOnlyList<MetricsGroup> Of(IEnumerable<Incident> incidents, MetricsGrouping grouping, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(zone);
        var groups = grouping switch
        {
            MetricsGrouping.Week => incidents.GroupBy(i => WeekKey(i.State.StartedAt, zone)).Select(g => Measure(g.Key, WeekLabel(g.Key), g)),
            MetricsGrouping.Service => incidents.GroupBy(i => i.State.Service ?? NoService).Select(g => Measure(g.Key, g.Key, g)),
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping"),
        };
        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal)];
    }

    /// <summary>The ISO week of an instant in the zone, as <c>2026-W49</c>.</summary>
    public static string WeekKey(DateTimeOffset at, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return WeekKey(DateOnly.FromDateTime(zone.ToLocal(at).DateTime));
    }

    /// <summary>The ISO week of a day, as <c>2026-W49</c>.</summary>
    public static string WeekKey(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local):0000}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    private static string WeekLabel(string key)
    {
        var monday = ISOWeek.ToDateTime(int.Parse(key[..4], CultureInfo.InvariantCulture), int.Parse(key[6..], CultureInfo.InvariantCulture), DayOfWeek.Monday);
        return "week of " + monday.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    }

    private static MetricsGroup Measure(string key, string label, IEnumerable<Incident> group)
    {
        var incidents = group.ToList();
        var metrics = incidents.Select(i => IncidentMetrics.Of(i.State)).ToList();
        return new MetricsGroup(
            key,
            label,
            incidents.Count,
            Enum.GetValues<Severity>().ToDictionary(s => s, s => incidents.Count(i => i.State.Severity == s)),
            ResponseTimes.Of(metrics.Select(m => m.TimeToAcknowledge)),
            ResponseTimes.Of(metrics.Select(m => m.TimeToMitigate)),
            ResponseTimes.Of(metrics.Select(m => m.TimeToResolve)));
    }
}
