using IncidentBot.Storage.Jobs.Documents;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>
/// Hashes, one document per key holding every field. Writes run inside the caller's
/// <see cref="JobCollections.Write{T}"/>.
/// </summary>
internal sealed class HashStore(JobCollections collections)
{
    /// <summary>Sets the fields given, keeping the others; a hash with no field is not stored.</summary>
    public void Set(string key, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var stored = Find(key);
        var hash = stored ?? new HashRecord { Id = DocumentKey.Of(key), Key = key };
        foreach (var (name, value) in fields)
        {
            hash.Fields[name] = value;
        }

        if (stored is not null)
        {
            collections.Hashes.Update(hash);
        }
        else if (hash.Fields.Count > 0)
        {
            collections.Hashes.Insert(hash);
        }
    }

    public void Remove(string key)
    {
        if (Find(key) is { } hash)
        {
            collections.Hashes.Delete(hash.Id);
        }
    }

    public void Expire(string key, DateTime? expireAt)
    {
        if (Find(key) is { } hash)
        {
            hash.ExpireAt = expireAt;
            collections.Hashes.Update(hash);
        }
    }

    public HashRecord? Find(string key) =>
        collections.Hashes.FindById(DocumentKey.Of(key)) is { } hash && string.Equals(hash.Key, key, StringComparison.Ordinal) ? hash : null;
}
