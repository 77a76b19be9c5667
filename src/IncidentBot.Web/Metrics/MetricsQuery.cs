using System.Globalization;
using IncidentBot.Core.Metrics;

namespace IncidentBot.Web.Metrics;

/// <summary>
/// The metrics page's query (<c>?by=service&amp;from=2026-09-14&amp;to=2026-12-07</c>), read leniently as the dashboard's
/// filter is: <c>by</c> is <c>week</c> (default) or <c>service</c>; <c>from</c> and <c>to</c> are days in the bot's time
/// zone, both included, by default the last <see cref="DefaultWeeks"/> weeks up to today. A value that cannot be one is
/// named in <see cref="Problems"/> and the default used. The downloads take the same query, so they hold what the page shows.
/// </summary>
public sealed record MetricsQuery(MetricsGrouping Grouping, MetricsPeriod Period, IReadOnlyList<string> Problems)
{
    public const int DefaultWeeks = 12;

    public static MetricsQuery Read(string? by, string? from, string? to, DateOnly today)
    {
        var problems = new List<string>();
        var grouping = by?.Trim().ToLowerInvariant() switch
        {
            null or "" or "week" => MetricsGrouping.Week,
            "service" => MetricsGrouping.Service,
            _ => Problem(problems, $"'{by}' is not a grouping: by week or by service.", MetricsGrouping.Week),
        };
        var end = Day(to, "To", problems) ?? today;
        var start = Day(from, "From", problems) ?? MetricsPeriod.LastWeeks(DefaultWeeks, end).From!.Value;
        if (start > end)
        {
            problems.Add($"From ({Text(start)}) is after to ({Text(end)}); showing the {DefaultWeeks} weeks up to {Text(end)}.");
            start = MetricsPeriod.LastWeeks(DefaultWeeks, end).From!.Value;
        }

        return new MetricsQuery(grouping, new MetricsPeriod(start, end), problems);
    }

    /// <summary>The query that gives this report again, for links and downloads: <c>?by=week&amp;from=…&amp;to=…</c>.</summary>
    public string QueryString(MetricsGrouping? grouping = null) =>
        $"?by={Name(grouping ?? Grouping)}&from={Text(Period.From!.Value)}&to={Text(Period.To!.Value)}";

    /// <summary>The file name a download is saved as: <c>incident-metrics-by-week-2026-09-14-to-2026-12-07.csv</c>.</summary>
    public string FileName(string extension) =>
        $"incident-metrics-by-{Name(Grouping)}-{Text(Period.From!.Value)}-to-{Text(Period.To!.Value)}.{extension}";

    public static string Name(MetricsGrouping grouping) => grouping == MetricsGrouping.Service ? "service" : "week";

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Problem<T>(List<string> problems, string problem, T fallback)
    {
        problems.Add(problem);
        return fallback;
    }

    private static DateOnly? Day(string? text, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add($"{name} '{text}' is not a date like 2026-12-01.");
        return null;
    }
}
