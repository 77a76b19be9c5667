using IncidentBot.Storage.Jobs.Documents;
using LiteDB;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>
/// Sorted sets: members are unique per key and ordered by score, then by value. Keys and
/// values compare exactly (ordinal): a member's id is a hash of both (<see cref="DocumentKey"/>).
/// Writes run inside the caller's <see cref="JobCollections.Write{T}"/>.
/// </summary>
internal sealed class SetStore(JobCollections collections)
{
    public void Add(string key, string value, double score)
    {
        var member = Find(key, value);
        if (member is null)
        {
            collections.Sets.Insert(new SetItem { Id = DocumentKey.Of(key, value), Key = key, Value = value, Score = score });
        }
        else if (member.Score != score)
        {
            member.Score = score;
            collections.Sets.Update(member);
        }
    }

    public void Remove(string key, string value)
    {
        if (Find(key, value) is { } member)
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
        .ThenBy(i => i.Value, StringComparer.Ordinal)
        .ToList();

    public bool Contains(string key, string value) => Find(key, value) is not null;

    /// <summary>Up to <paramref name="count"/> values scored within the range, lowest score first.</summary>
    public List<string> LowestScored(string key, double fromScore, double toScore, int count) => Members(key)
        .Where(i => i.Score >= fromScore && i.Score <= toScore)
        .Take(count)
        .Select(i => i.Value)
        .ToList();

    /// <summary>The earliest expiry among the set's members, as SQL Server's storage reports a set's time to live.</summary>
    public DateTime? ExpireAt(string key) => Members(key).Min(i => i.ExpireAt);

    private SetItem? Find(string key, string value) =>
        collections.Sets.FindById(DocumentKey.Of(key, value)) is { } member && Same(member.Key, key) && Same(member.Value, value) ? member : null;

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.Ordinal);
}
