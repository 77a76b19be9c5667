using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Metrics;

/// <summary>
/// A metrics report as CSV (RFC 4180) for a spreadsheet: one row per group, then the total row (key <c>all</c>: every
/// incident of the period, with its overall medians, which the groups' rows cannot give); severities as columns, times
/// in seconds. A service name comes from an alert's labels, so a cell that a spreadsheet would run as a formula (starting
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) is written with a leading apostrophe.
/// </summary>
public static class MetricsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string Write(MetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var severities = Enum.GetValues<Severity>();
        var csv = new StringBuilder();
        Row(csv, [
            report.Grouping == MetricsGrouping.Week ? "week" : "service", "label", "incidents",
            .. severities.Select(s => s.ToWireName()),
            "acknowledged", "median_time_to_acknowledge_s", "mitigated", "median_time_to_mitigate_s", "resolved", "median_time_to_resolve_s",
        ]);
        foreach (var group in report.Groups.Append(report.Total))
        {
            Row(csv, [
                group.Key, group.Label, Number(group.Incidents),
                .. severities.Select(s => Number(group.BySeverity[s])),
                .. Times(group.Acknowledge), .. Times(group.Mitigate), .. Times(group.Resolve),
            ]);
        }

        return csv.ToString();
    }

    private static string[] Times(ResponseTimes times) =>
        [Number(times.Reached), times.Median is { } median ? Number((long)median.TotalSeconds) : ""];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
