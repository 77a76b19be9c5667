using System.Globalization;
using IncidentBot.Core.Metrics;

namespace IncidentBot.Api;

/// <summary>
/// The query of <c>GET /api/metrics</c>, read strictly: <c>by</c> is <c>week</c> (default) or <c>service</c>;
/// <c>from</c> and <c>to</c> are dates (<c>2026-12-01</c>) in the display zone, both included; <c>format</c> is
/// <c>json</c> (default) or <c>csv</c>. Anything else is refused with the parameter named.
/// </summary>
public sealed record MetricsRequest(MetricsGrouping Grouping, DateOnly? From, DateOnly? To, bool Csv)
{
    public static bool TryRead(string? by, string? from, string? to, string? format, out MetricsRequest request, out string error)
    {
        request = new MetricsRequest(MetricsGrouping.Week, null, null, Csv: false);
        error = "";
        if (!TryGrouping(by, out var grouping))
        {
            error = $"'by' must be 'week' or 'service', not '{by}'.";
            return false;
        }

        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate))
        {
            error = "'from' and 'to' must be dates written yyyy-MM-dd (e.g. 2026-12-01).";
            return false;
        }

        if (fromDate > toDate)
        {
            error = $"'from' ({from}) is after 'to' ({to}).";
            return false;
        }

        if (format is not (null or "json" or "csv"))
        {
            error = $"'format' must be 'json' or 'csv', not '{format}'.";
            return false;
        }

        request = new MetricsRequest(grouping, fromDate, toDate, format == "csv");
        return true;
    }

    private static bool TryGrouping(string? by, out MetricsGrouping grouping)
    {
        grouping = by switch
        {
            null or "week" => MetricsGrouping.Week,
            "service" => MetricsGrouping.Service,
            _ => (MetricsGrouping)(-1),
        };
        return Enum.IsDefined(grouping);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
