using IncidentBot.Storage.Jobs.Documents;
using LiteDB;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>
/// Lists, newest element first (Hangfire's <c>InsertToList</c> pushes to the front). Writes run inside the
/// caller's <see cref="JobCollections.Write{T}"/>.
/// </summary>
internal sealed class ListStore(JobCollections collections)
{
    public void Insert(string key, string value) => collections.Lists.Insert(new ListItem { Key = key, Value = value });

    public void RemoveAll(string key, string value)
    {
        foreach (var item in Items(key).Where(i => string.Equals(i.Value, value, StringComparison.Ordinal)))
        {
            collections.Lists.Delete(item.Id);
        }
    }

    /// <summary>Keeps the elements from index <paramref name="keepStartingFrom"/> to <paramref name="keepEndingAt"/>, both included.</summary>
    public void Trim(string key, int keepStartingFrom, int keepEndingAt)
    {
        var items = Items(key);
        for (var index = 0; index < items.Count; index++)
        {
            if (index < keepStartingFrom || index > keepEndingAt)
            {
                collections.Lists.Delete(items[index].Id);
            }
        }
    }

    public void Expire(string key, DateTime? expireAt)
    {
        foreach (var item in Items(key))
        {
            item.ExpireAt = expireAt;
            collections.Lists.Update(item);
        }
    }

    /// <summary>The elements of a list, newest first.</summary>
    public IReadOnlyList<ListItem> Items(string key) => collections.Lists
        .Find(Query.EQ(nameof(ListItem.Key), key))
        .Where(i => string.Equals(i.Key, key, StringComparison.Ordinal))
        .OrderByDescending(i => i.Id)
        .ToList();
}
