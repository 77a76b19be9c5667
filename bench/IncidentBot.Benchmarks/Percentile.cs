namespace IncidentBot.Benchmarks;

/// <summary>Nearest-rank percentiles and medians.</summary>
public static class Percentile
{
    /// <summary>The nearest-rank percentile; zero when nothing was measured (the round says it did not finish).</summary>
    public static TimeSpan Of(IReadOnlyList<TimeSpan> samples, double percent)
    {
        if (samples.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    public static TimeSpan Median(IEnumerable<TimeSpan> values) => TimeSpan.FromTicks((long)Median(values.Select(v => (double)v.Ticks)));
}
