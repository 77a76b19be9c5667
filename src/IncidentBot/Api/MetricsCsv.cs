using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;

namespace IncidentBot.Api;

/// <summary>
/// The metrics as CSV (RFC 4180) for a spreadsheet: one row per group, severities as columns, times in seconds. A
/// service name comes from an alert's labels, so a cell that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) is written with a leading apostrophe.
/// </summary>
public static class MetricsCsv
{
    public static string Write(MetricsGrouping grouping, IReadOnlyList<MetricsGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var severities = Enum.GetValues<Severity>();
        var csv = new StringBuilder();
        Row(csv, [
            grouping == MetricsGrouping.Week ? "week" : "service", "label", "incidents",
            .. severities.Select(s => s.ToWireName()),
            "acknowledged", "median_time_to_acknowledge_s", "mitigated", "median_time_to_mitigate_s", "resolved", "median_time_to_resolve_s",
        ]);
        foreach (var group in groups)
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
