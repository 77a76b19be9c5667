using IncidentBot.Core.OnCall;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>The hand-off messages sent, in LiteDB, one small document per message keyed by <see cref="SentHandOff.Key"/>.</summary>
public sealed class LiteHandOffLog(IncidentDatabase database) : IHandOffLog
{
    private const string CollectionName = "oncall_handoffs";

    private readonly ILiteCollection<BsonDocument> _sent = database.Collection(CollectionName, BsonAutoId.ObjectId);

    public Task<bool> WasSentAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_sent.FindById(key) is not null);
    }

    public async Task RecordAsync(SentHandOff sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument
        {
            ["_id"] = sent.Key,
            ["schedule"] = sent.Schedule,
            ["at"] = sent.At.UtcDateTime,
            ["kind"] = sent.Kind.ToString(),
            ["person"] = sent.PersonId,
            ["sent"] = sent.SentAt.UtcDateTime,
        };
        await database.WriteAsync(() => _sent.Upsert(document)).ConfigureAwait(false);
    }
}
