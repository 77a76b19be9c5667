using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Delivery keys already taken in, in LiteDB. The key is the document id; looking it up and inserting it run
/// in one write transaction, so the "first time?" check is atomic; keys older than a day are swept now and then, as platforms stop retrying long before.
/// </summary>
public sealed class LiteInboxStore(IncidentDatabase database) : IInboxStore
{
    private const int SweepEvery = 1000;
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private long _accepted;

    public async Task<bool> TryAcceptAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        if (!await database.WriteAsync(() => database.Inbox.FindById(key) is null && !database.Inbox.Insert(new BsonDocument { ["_id"] = key, ["at"] = at.UtcDateTime }).IsNull).ConfigureAwait(false))
        {
            return false;
        }

        if (Interlocked.Increment(ref _accepted) % SweepEvery == 0)
        {
            var cutoff = (at - Retention).UtcDateTime;
            await database.WriteAsync(() => database.Inbox.DeleteMany(Query.LT("at", cutoff))).ConfigureAwait(false);
        }

        return true;
    }

    public async Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await database.WriteAsync(() => database.Inbox.Delete(key)).ConfigureAwait(false);
    }
}
