using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>Platforms' addresses in LiteDB, one document per platform and key (<c>teams/person:…</c>), its JSON kept as text.</summary>
public sealed class LitePlatformAddressStore(IncidentDatabase database) : IPlatformAddressStore
{
    private const string CollectionName = "addresses";

    private readonly ILiteCollection<BsonDocument> _addresses = database.Collection(CollectionName, BsonAutoId.ObjectId);

    public Task<string?> FindAsync(string platform, string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = _addresses.FindById(Id(platform, key));
        return Task.FromResult(document?["json"].AsString);
    }

    public async Task SaveAsync(string platform, string key, string json, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument { ["_id"] = Id(platform, key), ["json"] = json, ["at"] = at.UtcDateTime };
        await database.WriteAsync(() => _addresses.Upsert(document)).ConfigureAwait(false);
    }

    private static string Id(string platform, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return $"{platform}/{key}";
    }
}
