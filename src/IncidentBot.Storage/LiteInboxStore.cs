using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Delivery keys already taken in, in LiteDB. The key is the document id, so the insert itself is the
/// atomic "first time?" check; keys older than a day are swept now and then, as platforms stop retrying long before.
/// </summary>
public sealed class LiteInboxStore(IncidentDatabase database) : IInboxStore
{
    private const int SweepEvery = 1000;
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private long _accepted;

    public Task<bool> TryAcceptAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            database.Inbox.Insert(new BsonDocument { ["_id"] = key, ["at"] = at.UtcDateTime });
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return Task.FromResult(false);
        }

        if (Interlocked.Increment(ref _accepted) % SweepEvery == 0)
        {
            var cutoff = (at - Retention).UtcDateTime;
            database.Inbox.DeleteMany(Query.LT("at", cutoff));
        }

        return Task.FromResult(true);
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        database.Inbox.Delete(key);
        return Task.CompletedTask;
    }
}
