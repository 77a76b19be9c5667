using IncidentBot.Core.Incidents;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Metrics;

/// <summary>
/// The days a metrics report covers, in the display zone, both ends included; an open end takes every incident on that
/// side. An incident belongs to the day its impact began, as it does to a week in <see cref="ResponseMetricsReport"/>.
/// </summary>
public sealed record MetricsPeriod(DateOnly? From, DateOnly? To)
{
    /// <summary>Every incident ever recorded.</summary>
    public static MetricsPeriod All { get; } = new(null, null);

    /// <summary>
    /// The <paramref name="weeks"/> ISO weeks up to and including the one <paramref name="today"/> is in: from that
    /// earliest week's Monday to today, so each week shown on a chart is whole except the current one.
    /// </summary>
    public static MetricsPeriod LastWeeks(int weeks, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new MetricsPeriod(monday.AddDays(-7 * (weeks - 1)), today);
    }

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);

    public bool Contains(Incident incident, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(zone);
        return Contains(DateOnly.FromDateTime(zone.ToLocal(incident.State.StartedAt).DateTime));
    }
}
