using System.Diagnostics;
using Hangfire;

namespace IncidentBot.Benchmarks;

/// <summary>
/// Runs the same workload on each storage, round after round (storages interleaved, so machine noise hits them
/// alike), and prints the median of the rounds: enqueue rate, processing rate of trivial jobs with 4 workers,
/// enqueue-to-start latency at a steady 20 jobs/s, and how late delayed jobs start.
/// </summary>
public static class HangfireBenchmark
{
    public const int Jobs = 5000;
    public const int Workers = 4;
    public const int SteadyJobs = 200;
    public const int DelayedJobs = 500;
    /// <summary>As the bot's host polls (<c>HostServiceCollectionExtensions</c>).</summary>
    public static readonly TimeSpan SchedulePolling = TimeSpan.FromMilliseconds(500);

    public static void Run(int rounds, TextWriter output)
    {
        GlobalConfiguration.Configuration.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings().UseLogProvider(new Hangfire.Logging.LogProviders.ColouredConsoleLogProvider(Hangfire.Logging.LogLevel.Error));
        var results = StorageKind.All.ToDictionary(kind => kind, _ => new List<Round>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var kind in StorageKind.All)
            {
                var result = RunRound(kind);
                results[kind].Add(result);
                output.WriteLine($"round {round} {kind.Name}: {result}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Median of {rounds} rounds, {Environment.ProcessorCount} cores; {Jobs} trivial jobs, {Workers} workers, {SteadyJobs} jobs at 20/s, {DelayedJobs} delayed jobs over 10 s, schedule polling {SchedulePolling.TotalMilliseconds} ms.");
        output.WriteLine();
        output.WriteLine("| storage | enqueue (jobs/s) | process (jobs/s) | enqueue-to-start p50 / p99 (ms) | delayed lateness min / p50 / p99 / max (ms) |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (kind, rows) in results)
        {
            output.WriteLine(
                $"| {kind.Name} | {Percentile.Median(rows.Select(r => r.EnqueuedPerSecond)):F0} | {Percentile.Median(rows.Select(r => r.ProcessedPerSecond)):F0} " +
                $"| {Ms(rows.Select(r => r.LatencyP50))} / {Ms(rows.Select(r => r.LatencyP99))} " +
                $"| {Ms(rows.Select(r => r.LatenessMin))} / {Ms(rows.Select(r => r.LatenessP50))} / {Ms(rows.Select(r => r.LatenessP99))} / {Ms(rows.Select(r => r.LatenessMax))} |");
        }

        foreach (var (kind, rows) in results)
        {
            foreach (var note in rows.Select(r => r.Incomplete).OfType<string>())
            {
                output.WriteLine($"{kind.Name} did not finish a phase: {note}");
            }
        }
    }

    private static string Ms(IEnumerable<TimeSpan> values) => Percentile.Median(values).TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture);

    private static Round RunRound(StorageKind kind)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"incidentbot-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var (storage, owner) = kind.Open(folder);
        try
        {
            var probe = new JobProbe();
            var client = new BackgroundJobClient(storage);

            var enqueueing = Stopwatch.StartNew();
            for (var i = 0; i < Jobs; i++)
            {
                var number = i;
                client.Enqueue<JobProbe>(p => p.Trivial(number));
            }

            var enqueued = Jobs / enqueueing.Elapsed.TotalSeconds;
            var allDone = probe.Expect(Jobs);
            var processing = Stopwatch.StartNew();
            using var server = new BackgroundJobServer(
                new BackgroundJobServerOptions { WorkerCount = Workers, SchedulePollingInterval = SchedulePolling, Activator = new ProbeActivator(probe) },
                storage);
            var incomplete = new List<string>();
            Wait(allDone, probe, $"processing {Jobs}", incomplete);
            var processed = probe.Runs / processing.Elapsed.TotalSeconds;

            var latencies = Steady(client, probe, incomplete);
            var lateness = Delayed(client, probe, incomplete);
            return new Round(
                enqueued,
                processed,
                Percentile.Of(latencies, 50),
                Percentile.Of(latencies, 99),
                lateness.DefaultIfEmpty().Min(),
                Percentile.Of(lateness, 50),
                Percentile.Of(lateness, 99),
                lateness.DefaultIfEmpty().Max(),
                incomplete.Count == 0 ? null : string.Join("; ", incomplete));
        }
        finally
        {
            owner.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IReadOnlyList<TimeSpan> Steady(BackgroundJobClient client, JobProbe probe, List<string> incomplete)
    {
        var done = probe.Expect(SteadyJobs);
        var pace = Stopwatch.StartNew();
        for (var i = 0; i < SteadyJobs; i++)
        {
            var next = TimeSpan.FromMilliseconds(50 * i) - pace.Elapsed;
            if (next > TimeSpan.Zero)
            {
                Thread.Sleep(next);
            }

            var enqueuedAt = Stopwatch.GetTimestamp();
            client.Enqueue<JobProbe>(p => p.Timed(enqueuedAt));
        }

        Wait(done, probe, $"{SteadyJobs} jobs at 20/s", incomplete);
        return probe.Samples;
    }

    private static IReadOnlyList<TimeSpan> Delayed(BackgroundJobClient client, JobProbe probe, List<string> incomplete)
    {
        var done = probe.Expect(DelayedJobs);
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(5);
        for (var i = 0; i < DelayedJobs; i++)
        {
            var due = start.AddMilliseconds(20 * i);
            client.Schedule<JobProbe>(p => p.Due(due), new DateTimeOffset(due));
        }

        Wait(done, probe, $"{DelayedJobs} delayed jobs", incomplete);
        return probe.Samples;
    }

    /// <summary>Waits up to 3 minutes; a phase that does not finish is measured on what ran and reported.</summary>
    private static void Wait(Task done, JobProbe probe, string what, List<string> incomplete)
    {
        if (!done.Wait(TimeSpan.FromMinutes(3)))
        {
            incomplete.Add($"{what}: {probe.Runs} ran in 3 min");
        }
    }
}
