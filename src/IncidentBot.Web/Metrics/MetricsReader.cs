using IncidentBot.Core;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Storage;

namespace IncidentBot.Web.Metrics;

/// <summary>
/// Reads the metrics for the page and its downloads through the same report the API gives
/// (<see cref="ResponseMetricsReport.For"/>), over the incidents stored at the moment of asking.
/// </summary>
public sealed class MetricsReader(IIncidentStore incidents, IncidentSettings settings, TimeProvider time)
{
    /// <summary>Today in the bot's time zone, where the default period ends.</summary>
    public DateOnly Today => DateOnly.FromDateTime(settings.Zone.ToLocal(time.GetUtcNow()).DateTime);

    public MetricsQuery Read(string? by, string? from, string? to) => MetricsQuery.Read(by, from, to, Today);

    public async Task<MetricsReport> ReportAsync(MetricsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = await incidents.ListAsync(cancellationToken).ConfigureAwait(false);
        return ResponseMetricsReport.For(all, query.Grouping, query.Period, settings.Zone);
    }
}
