using System.Globalization;

namespace IncidentBot.Benchmarks.Notes;

/// <summary>What one round measured: answers per second and latency percentiles in milliseconds.</summary>
public sealed record RoundResult(string Name, int Requests, int Errors, double PerSecond, double P50, double P99)
{
    public static RoundResult From(string name, List<double> latencies, int errors, TimeSpan elapsed)
    {
        latencies.Sort();
        return new RoundResult(name, latencies.Count, errors, latencies.Count / elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Name,-6} {Requests,7} answers {PerSecond,8:F0}/s  p50 {P50,6:F2} ms  p99 {P99,6:F2} ms  errors {Errors}");
}
