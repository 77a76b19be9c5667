using System.Diagnostics;
using Hangfire.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// A distributed lock one connection holds on a resource. It is re-entrant: the connection takes a lease per
/// acquisition and the lock is released when the last lease is returned. While held, a timer renews its expiry
/// every third of <see cref="LiteJobStorageOptions.DistributedLockLifetime"/>; when the process dies the
/// renewals stop and the lock expires.
/// </summary>
internal sealed partial class LiteDistributedLock
{
    private readonly LiteJobStorage _storage;
    private readonly string _owner;
    private readonly Action<LiteDistributedLock> _onReleased;
    private readonly ITimer _renewal;
    private readonly ILogger _logger;
    private int _leases;
    private volatile bool _released;

    private LiteDistributedLock(LiteJobStorage storage, string resource, string owner, Action<LiteDistributedLock> onReleased)
    {
        _storage = storage;
        Resource = resource;
        _owner = owner;
        _onReleased = onReleased;
        _logger = storage.Loggers.CreateLogger<LiteDistributedLock>();
        var period = storage.Options.DistributedLockLifetime / 3;
        _renewal = storage.Time.CreateTimer(_ => Renew(), null, period, period);
    }

    public string Resource { get; }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> (real time) for the lock: woken by releases in this process, and
    /// polling for locks held elsewhere to be released or to expire.
    /// </summary>
    public static LiteDistributedLock Acquire(
        LiteJobStorage storage, string resource, string owner, TimeSpan timeout, Action<LiteDistributedLock> onReleased)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var released = storage.LockReleased.Next;
            if (storage.Locks.TryAcquire(resource, owner, storage.Now, storage.Options.DistributedLockLifetime))
            {
                return new LiteDistributedLock(storage, resource, owner, onReleased);
            }

            var left = timeout - waited.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new DistributedLockTimeoutException(resource);
            }

            Signal.Wait(released, left < storage.Options.DistributedLockPollInterval ? left : storage.Options.DistributedLockPollInterval, CancellationToken.None);
        }
    }

    public IDisposable Lease()
    {
        _leases++;
        return new LockLease(this);
    }

    internal void Return()
    {
        if (!_released && --_leases == 0)
        {
            Release();
        }
    }

    /// <summary>Lets the lock go whatever its leases (the connection is closing).</summary>
    internal void Release()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        _leases = 0;
        _renewal.Dispose();
        _storage.Locks.Release(Resource, _owner);
        _storage.LockReleased.Pulse();
        _onReleased(this);
    }

    private void Renew()
    {
        try
        {
            if (!_released && !_storage.Locks.Renew(Resource, _owner, _storage.Now, _storage.Options.DistributedLockLifetime) && !_released)
            {
                LogLockLost(_logger, Resource);
                _renewal.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }
        catch (Exception ex) when (ex is LiteException or ObjectDisposedException or IOException)
        {
            // A timer callback must not throw; the next renewal tries again before the lock can expire.
            LogRenewalFailed(_logger, ex, Resource);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Distributed lock {Resource} expired before it was renewed and is no longer held")]
    private static partial void LogLockLost(ILogger logger, string resource);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew distributed lock {Resource}")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, string resource);
}
