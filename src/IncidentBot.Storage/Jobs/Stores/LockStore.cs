using IncidentBot.Storage.Jobs.Documents;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>
/// Distributed lock documents: one per held resource, with its owner and an expiry the owner keeps renewing. A
/// lock whose owner stopped renewing (its process died) is free once expired. Each call is its own write.
/// </summary>
internal sealed class LockStore(JobCollections collections)
{
    /// <summary>Takes the lock for <paramref name="owner"/> unless another owner holds it unexpired.</summary>
    public bool TryAcquire(string resource, string owner, DateTime now, TimeSpan lifetime)
    {
        // Looking needs no write transaction; a lock held by someone else is the common case while waiting.
        if (HeldByOther(Find(resource), owner, now))
        {
            return false;
        }

        return collections.Write(() =>
        {
            var held = Find(resource);
            if (HeldByOther(held, owner, now))
            {
                return false;
            }

            var record = held ?? new LockRecord { Id = DocumentKey.Of(resource), Resource = resource };
            record.Owner = owner;
            record.ExpireAt = now + lifetime;
            collections.Locks.Upsert(record);

            return true;
        });
    }

    /// <summary>Pushes the expiry of a held lock further; false when <paramref name="owner"/> no longer holds it.</summary>
    public bool Renew(string resource, string owner, DateTime now, TimeSpan lifetime) => collections.Write(() =>
    {
        var held = Find(resource);
        if (held is null || !string.Equals(held.Owner, owner, StringComparison.Ordinal))
        {
            return false;
        }

        held.ExpireAt = now + lifetime;
        collections.Locks.Update(held);
        return true;
    });

    public void Release(string resource, string owner) => collections.Write(() =>
    {
        if (Find(resource) is { } held && string.Equals(held.Owner, owner, StringComparison.Ordinal))
        {
            collections.Locks.Delete(held.Id);
        }
    });

    private static bool HeldByOther(LockRecord? held, string owner, DateTime now) =>
        held is not null && !string.Equals(held.Owner, owner, StringComparison.Ordinal) && held.ExpireAt > now;

    private LockRecord? Find(string resource) =>
        collections.Locks.FindById(DocumentKey.Of(resource)) is { } held && string.Equals(held.Resource, resource, StringComparison.Ordinal) ? held : null;
}
