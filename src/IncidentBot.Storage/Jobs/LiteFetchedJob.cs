using Hangfire.Storage;
using IncidentBot.Storage.Jobs.Documents;
using IncidentBot.Storage.Jobs.Stores;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// A job a worker claimed from a queue. While the worker holds it, a timer renews the claim every fifth of the
/// invisibility timeout, so the job stays hidden from other workers however long it runs; if the process dies
/// the renewals stop and the job becomes visible again. Disposing a job that was neither removed nor requeued
/// requeues it.
/// </summary>
internal sealed partial class LiteFetchedJob : IFetchedJob
{
    private readonly LiteJobStorage _storage;
    private readonly long _itemId;
    private readonly string _token;
    private readonly ITimer _keepAlive;
    private readonly ILogger _logger;
    private int _finished;

    public LiteFetchedJob(LiteJobStorage storage, QueueItem item, string token)
    {
        _storage = storage;
        _itemId = item.Id;
        _token = token;
        Queue = item.Queue;
        JobId = JobStore.FormatId(item.JobId);
        _logger = storage.Loggers.CreateLogger<LiteFetchedJob>();
        var period = storage.Options.InvisibilityTimeout / 5;
        _keepAlive = storage.Time.CreateTimer(_ => KeepAlive(), null, period, period);
    }

    public string JobId { get; }

    public string Queue { get; }

    public void RemoveFromQueue()
    {
        if (Finish())
        {
            _storage.Collections.Write(() => _storage.Queues.Remove(_itemId, _token));
        }
    }

    public void Requeue()
    {
        if (Finish())
        {
            _storage.Collections.Write(() => _storage.Queues.Requeue(_itemId, _token));
            _storage.Enqueued.Pulse();
        }
    }

    public void Dispose()
    {
        Requeue();
        _keepAlive.Dispose();
    }

    /// <summary>Removes the item inside a transaction that is committing (Hangfire's transactional acknowledge).</summary>
    internal void RemoveIn(QueueStore queues) => queues.Remove(_itemId, _token);

    /// <summary>The committed transaction removed the item: nothing is left to do.</summary>
    internal void Removed() => Finish();

    private bool Finish()
    {
        if (Interlocked.Exchange(ref _finished, 1) != 0)
        {
            return false;
        }

        _keepAlive.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return true;
    }

    private void KeepAlive()
    {
        if (Volatile.Read(ref _finished) != 0)
        {
            return;
        }

        try
        {
            if (!_storage.Queues.KeepAlive(_itemId, _token, () => _storage.Now))
            {
                LogClaimLost(_logger, JobId, Queue);
                _keepAlive.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }
        catch (Exception ex) when (ex is LiteException or ObjectDisposedException or IOException)
        {
            // A timer callback must not throw; the next renewal tries again, and a lapsed claim only means a rerun.
            LogKeepAliveFailed(_logger, ex, JobId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} of queue {Queue} was claimed by another worker after its claim lapsed; it may run twice")]
    private static partial void LogClaimLost(ILogger logger, string jobId, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the claim on job {JobId}")]
    private static partial void LogKeepAliveFailed(ILogger logger, Exception exception, string jobId);
}
