namespace IncidentBot.Web.Charts;

/// <summary>
/// One series of bars: its legend <paramref name="Name"/>, the stylesheet class that colours it, and a value per
/// category (seconds for durations; null where there is none, e.g. no incident was resolved that week).
/// </summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<double?> Values);
