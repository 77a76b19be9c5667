using IncidentBot.Storage.Jobs.Documents;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>
/// Counters, aggregated as they are written: an increment adds to the key's one document in the committing
/// transaction (SQL Server's storage inserts a row per increment and folds them later, to spread contention
/// that a single-writer file does not have). A counter back at zero is removed. Writes run inside the caller's
/// <see cref="JobCollections.Write{T}"/>.
/// </summary>
internal sealed class CounterStore(JobCollections collections)
{
    /// <summary>Adds <paramref name="delta"/>; with <paramref name="expireAt"/>, the counter expires then.</summary>
    public void Add(string key, long delta, DateTime? expireAt)
    {
        var stored = Find(key);
        var counter = stored ?? new CounterRecord { Id = DocumentKey.Of(key), Key = key };
        counter.Value += delta;
        if (expireAt.HasValue)
        {
            counter.ExpireAt = expireAt;
        }

        if (stored is null)
        {
            collections.Counters.Insert(counter);
        }
        else if (counter.Value == 0)
        {
            collections.Counters.Delete(counter.Id);
        }
        else
        {
            collections.Counters.Update(counter);
        }
    }

    public long Value(string key) => Find(key)?.Value ?? 0;

    private CounterRecord? Find(string key) =>
        collections.Counters.FindById(DocumentKey.Of(key)) is { } counter && string.Equals(counter.Key, key, StringComparison.Ordinal) ? counter : null;
}
