using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>Sent mails' idempotence keys in LiteDB, one small document per key with when it was sent.</summary>
public sealed class LiteSentMailStore(IncidentDatabase database) : ISentMailStore
{
    private const string CollectionName = "sent_mail";

    private readonly ILiteCollection<BsonDocument> _sent = database.Collection(CollectionName, BsonAutoId.ObjectId);

    public Task<DateTimeOffset?> SentAtAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        DateTimeOffset? at = _sent.FindById(key) is { } stored
            ? new DateTimeOffset(DateTime.SpecifyKind(stored["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc))
            : null;
        return Task.FromResult(at);
    }

    public async Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument { ["_id"] = key, ["at"] = at.UtcDateTime };
        await database.WriteAsync(() => _sent.Upsert(document)).ConfigureAwait(false);
    }
}
