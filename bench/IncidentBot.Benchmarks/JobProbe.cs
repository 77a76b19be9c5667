using System.Collections.Concurrent;
using System.Diagnostics;

namespace IncidentBot.Benchmarks;

/// <summary>
/// The jobs the benchmarks run, one instance per measured server (see <see cref="ProbeActivator"/>): each method
/// records what the benchmark measures and does nothing else.
/// </summary>
public sealed class JobProbe
{
    private readonly ConcurrentBag<TimeSpan> _samples = [];
    private readonly Lock _runFiles = new();
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;
    private int _expected;

    /// <summary>The folder where <see cref="Slow"/> notes that a job started and that it finished.</summary>
    public string? RunFolder { get; init; }

    /// <summary>Starts a new measurement that ends after <paramref name="runs"/> job runs.</summary>
    public Task Expect(int runs)
    {
        _samples.Clear();
        _runs = 0;
        _expected = runs;
        _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        return _done.Task;
    }

    public IReadOnlyList<TimeSpan> Samples => [.. _samples];

    /// <summary>How many runs the current measurement has seen.</summary>
    public int Runs => Volatile.Read(ref _runs);

    public void Trivial(int number) => Ran(number);

    /// <summary>Records how long after <paramref name="enqueuedAt"/> (a <see cref="Stopwatch"/> timestamp) the job started.</summary>
    public void Timed(long enqueuedAt)
    {
        _samples.Add(Stopwatch.GetElapsedTime(enqueuedAt));
        Ran(0);
    }

    /// <summary>Records how late after <paramref name="dueUtc"/> the job started.</summary>
    public void Due(DateTime dueUtc)
    {
        _samples.Add(TimeProvider.System.GetUtcNow().UtcDateTime - dueUtc);
        Ran(0);
    }

    /// <summary>A job of the recovery benchmark: says it started, takes a moment, says it finished.</summary>
    public void Slow(int number)
    {
        Note("started.txt", number);
        Thread.Sleep(100);
        Note("done.txt", number);
    }

    private void Note(string file, int number)
    {
        // Appends from several workers at once would overwrite each other's lines.
        lock (_runFiles)
        {
            File.AppendAllText(Path.Combine(RunFolder!, file), $"{number}\n");
        }
    }

    private void Ran(int number)
    {
        _ = number;
        if (Interlocked.Increment(ref _runs) == _expected)
        {
            _done.TrySetResult();
        }
    }
}
