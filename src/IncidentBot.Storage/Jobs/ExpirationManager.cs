using Hangfire.Server;
using Hangfire.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Deletes what Hangfire gave an expiry (finished jobs with their states, stats counters, sets, lists, hashes)
/// once it has expired, and the lock documents of processes that died holding them, every
/// <see cref="LiteJobStorageOptions.ExpirationCheckInterval"/>. Deletes go in small transactions so the bot's own
/// writes never wait long; one server at a time does it, under a lock.
/// </summary>
internal sealed partial class ExpirationManager(LiteJobStorage storage) : IBackgroundProcess
{
    public const string LockResource = "locks:expirationmanager";

    private const int BatchSize = 500;
    private const string ExpireAt = "ExpireAt";

    private readonly ILogger _logger = storage.Loggers.CreateLogger<ExpirationManager>();

    public void Execute(BackgroundProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RemoveExpired();
        context.Wait(storage.Options.ExpirationCheckInterval);
    }

    /// <summary>Deletes everything that expired by now; returns how many documents went (none when another server is at it).</summary>
    public int RemoveExpired()
    {
        using var connection = storage.GetConnection();
        IDisposable held;
        try
        {
            held = connection.AcquireDistributedLock(LockResource, TimeSpan.Zero);
        }
        catch (DistributedLockTimeoutException)
        {
            return 0;
        }

        using (held)
        {
            var now = storage.Now;
            var collections = storage.Collections;
            var removed = Remove(collections.Jobs.Documents, now) + Remove(collections.Counters.Documents, now)
                + Remove(collections.Sets.Documents, now) + Remove(collections.Lists.Documents, now)
                + Remove(collections.Hashes.Documents, now) + Remove(collections.Locks.Documents, now);
            if (removed > 0)
            {
                LogRemoved(_logger, removed);
            }

            return removed;
        }
    }

    public override string ToString() => "LiteDB job storage expiration";

    private int Remove(ILiteCollection<BsonDocument> documents, DateTime now)
    {
        // Nulls sort before dates in LiteDB, so "expired" is a range of dates, never "less than now".
        var expired = Query.Between(ExpireAt, new BsonValue(DateTime.MinValue), new BsonValue(now));
        var total = 0;
        int removed;
        do
        {
            removed = storage.Collections.Write(() =>
            {
                var ids = documents.Find(expired, limit: BatchSize).Select(d => d["_id"]).ToList();
                ids.ForEach(id => documents.Delete(id));
                return ids.Count;
            });
            total += removed;
        }
        while (removed == BatchSize);

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Removed} expired Hangfire documents")]
    private static partial void LogRemoved(ILogger logger, int removed);
}
