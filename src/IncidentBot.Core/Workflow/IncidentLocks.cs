using System.Collections.Concurrent;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// One async lock per incident (and one for opening incidents), so concurrent commands, webhooks and jobs
/// on the same incident apply one after another instead of losing each other's updates.
/// </summary>
public sealed class IncidentLocks
{
    /// <summary>The lock key that serializes alert intake (finding or opening the incident of a group).</summary>
    public const int IntakeKey = 0;

    private readonly ConcurrentDictionary<int, SemaphoreSlim> _locks = new();

    public async Task<IDisposable> AcquireAsync(int key, CancellationToken cancellationToken = default)
    {
        var semaphore = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private SemaphoreSlim? _semaphore = semaphore;

        public void Dispose() => Interlocked.Exchange(ref _semaphore, null)?.Release();
    }
}
