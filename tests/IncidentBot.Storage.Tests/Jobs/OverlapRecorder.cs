using System.Collections.Concurrent;

namespace IncidentBot.Storage.Tests.Jobs;

/// <summary>A job that notes each run and whether another run of the same job was going on at the time.</summary>
public sealed class OverlapRecorder
{
    private readonly ConcurrentDictionary<int, byte> _running = new();
    private readonly ConcurrentDictionary<int, int> _runs = new();
    private int _overlaps;

    public int Overlaps => Volatile.Read(ref _overlaps);

    public IReadOnlyDictionary<int, int> Runs => _runs;

    public void Run(int number, int milliseconds)
    {
        if (!_running.TryAdd(number, 0))
        {
            Interlocked.Increment(ref _overlaps);
        }

        Thread.Sleep(milliseconds);
        _runs.AddOrUpdate(number, 1, (_, runs) => runs + 1);
        _running.TryRemove(number, out _);
    }
}
