namespace IncidentBot.Benchmarks;

/// <summary>What one round measured for one storage.</summary>
public sealed record Round(
    double EnqueuedPerSecond,
    double ProcessedPerSecond,
    TimeSpan LatencyP50,
    TimeSpan LatencyP99,
    TimeSpan LatenessMin,
    TimeSpan LatenessP50,
    TimeSpan LatenessP99,
    TimeSpan LatenessMax,
    string? Incomplete);
