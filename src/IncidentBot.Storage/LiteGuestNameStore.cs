using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>Guests' names in LiteDB, one small document per guest id.</summary>
public sealed class LiteGuestNameStore(IncidentDatabase database) : IGuestNameStore
{
    private const string CollectionName = "guests";

    private readonly ILiteCollection<BsonDocument> _guests = database.Collection(CollectionName, BsonAutoId.ObjectId);

    public IReadOnlyDictionary<string, string> LoadAll() =>
        _guests.FindAll().ToDictionary(d => d["_id"].AsString, d => d["name"].AsString, StringComparer.Ordinal);

    public async Task SaveAsync(string guestId, string name, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(guestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument { ["_id"] = guestId, ["name"] = name, ["at"] = at.UtcDateTime };
        await database.WriteAsync(() => _guests.Upsert(document)).ConfigureAwait(false);
    }
}
