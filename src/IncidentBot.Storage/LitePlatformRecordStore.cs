using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Platforms' own records in LiteDB: one document per record, <c>_id</c> <c>{platform}/{set}/{key}</c>, its JSON kept
/// as text. A set is read by the prefix of its ids, on the primary index.
/// </summary>
public sealed class LitePlatformRecordStore(IncidentDatabase database) : IPlatformRecordStore
{
    private const string CollectionName = "platform_records";

    private readonly ILiteCollection<BsonDocument> _records = database.Collection(CollectionName, BsonAutoId.ObjectId);

    public IReadOnlyDictionary<string, string> LoadAll(string platform, string set)
    {
        var prefix = SetPrefix(platform, set);
        return _records.Find(Query.StartsWith("_id", prefix))
            .ToDictionary(d => d["_id"].AsString[prefix.Length..], d => d["json"].AsString, StringComparer.Ordinal);
    }

    public Task SaveAsync(string platform, string set, string key, string json, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(json);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument { ["_id"] = SetPrefix(platform, set) + key, ["json"] = json };

        // Queued here, before the caller's next save: saves commit in the order they were called.
        return database.WriteAsync(() => _records.Upsert(document));
    }

    private static string SetPrefix(string platform, string set)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(set);
        if (platform.Contains('/', StringComparison.Ordinal) || set.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A platform or set name cannot contain '/': it separates the parts of a record's id.");
        }

        return $"{platform}/{set}/";
    }
}
