using IncidentBot.Storage.Jobs.Documents;
using LiteDB;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>
/// Sorted sets: members are unique per key and ordered by score, then by the order they were added. Keys and
/// values compare exactly (ordinal); the database's case-insensitive collation only narrows the index seek.
/// Writes run inside the caller's <see cref="JobCollections.Write{T}"/>.
/// </summary>
internal sealed class SetStore(JobCollections collections)
{
    public void Add(string key, string value, double score)
    {
        var member = collections.Sets
            .Find(Query.And(Query.EQ(nameof(SetItem.Key), key), Query.EQ(nameof(SetItem.Value), value)))
            .FirstOrDefault(i => Same(i.Key, key) && Same(i.Value, value));
        if (member is null)
        {
            collections.Sets.Insert(new SetItem { Key = key, Value = value, Score = score });
        }
        else if (member.Score != score)
        {
            member.Score = score;
            collections.Sets.Update(member);
        }
    }

    public void Remove(string key, string value)
    {
        foreach (var member in Members(key).Where(i => Same(i.Value, value)))
        {
            collections.Sets.Delete(member.Id);
        }
    }

    public void RemoveAll(string key)
    {
        foreach (var member in Members(key))
        {
            collections.Sets.Delete(member.Id);
        }
    }

    public void Expire(string key, DateTime? expireAt)
    {
        foreach (var member in Members(key))
        {
            member.ExpireAt = expireAt;
            collections.Sets.Update(member);
        }
    }

    /// <summary>The members of a set, lowest score first.</summary>
    public IReadOnlyList<SetItem> Members(string key) => collections.Sets
        .Find(Query.EQ(nameof(SetItem.Key), key))
        .Where(i => Same(i.Key, key))
        .OrderBy(i => i.Score)
        .ThenBy(i => i.Id)
        .ToList();

    public bool Contains(string key, string value) => collections.Sets
        .Find(Query.EQ(nameof(SetItem.Value), value))
        .Any(i => Same(i.Key, key) && Same(i.Value, value));

    /// <summary>Up to <paramref name="count"/> values scored within the range, lowest score first.</summary>
    public List<string> LowestScored(string key, double fromScore, double toScore, int count) => Members(key)
        .Where(i => i.Score >= fromScore && i.Score <= toScore)
        .Take(count)
        .Select(i => i.Value)
        .ToList();

    /// <summary>The earliest expiry among the set's members, as SQL Server's storage reports a set's time to live.</summary>
    public DateTime? ExpireAt(string key) => Members(key).Min(i => i.ExpireAt);

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.Ordinal);
}
