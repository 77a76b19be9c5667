using System.Collections.Concurrent;

namespace IncidentBot.Core.Workflow;

/// <summary>One async lock per key, so work on the same thing (an incident, a delivery lane) runs one at a time.</summary>
public class KeyedLocks<TKey>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, SemaphoreSlim> _locks = new();

    public async Task<IDisposable> AcquireAsync(TKey key, CancellationToken cancellationToken = default)
    {
        var semaphore = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(semaphore);
    }

    /// <summary>The key's lock when it is free now, else null (the caller does not wait).</summary>
    public IDisposable? TryAcquire(TKey key)
    {
        var semaphore = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        return semaphore.Wait(0) ? new Release(semaphore) : null;
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private SemaphoreSlim? _semaphore = semaphore;

        public void Dispose() => Interlocked.Exchange(ref _semaphore, null)?.Release();
    }
}
