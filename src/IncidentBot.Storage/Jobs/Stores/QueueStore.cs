using IncidentBot.Storage.Jobs.Documents;
using LiteDB;

namespace IncidentBot.Storage.Jobs.Stores;

/// <summary>
/// The job queues. A claim is atomic: the first visible item is found and stamped with the claimer's token in
/// one write transaction, so two workers can never claim the same item. An item stays in the queue until its
/// job is done; a claim that is not renewed (the worker died) lapses after the invisibility timeout and the
/// item is visible again. Renewing, removing and requeueing check the token, so a worker whose claim lapsed
/// and was taken over can no longer touch the item.
/// </summary>
internal sealed class QueueStore(JobCollections collections)
{
    /// <summary>Adds a job at the end of a queue; inside a write.</summary>
    public void Add(string queue, long jobId) => collections.Queue.Insert(new QueueItem { Queue = queue, JobId = jobId });

    /// <summary>
    /// Claims the first visible item of the first of <paramref name="queues"/> that has one (queues in the order
    /// given, items in the order they were added). An item is visible when unclaimed or claimed more than
    /// <paramref name="invisibility"/> ago. The time is read inside the claim's transaction: a claim that waited
    /// for its commit must not land already old (another worker could take the job over while it starts).
    /// </summary>
    public QueueItem? TryClaim(IReadOnlyList<string> queues, string token, Func<DateTime> now, TimeSpan invisibility)
    {
        // A read needs no write transaction: only when something looks claimable is the claim taken (and checked again).
        if (FirstVisible(queues, now() - invisibility) is null)
        {
            return null;
        }

        return collections.Write(() =>
        {
            var at = now();
            var item = FirstVisible(queues, at - invisibility);
            if (item is not null)
            {
                item.FetchedAt = at;
                item.FetchToken = token;
                collections.Queue.Update(item);
            }

            return item;
        });
    }

    /// <summary>Renews a claim as of its commit (the time is read inside the write); false when the claim is no longer this token's.</summary>
    public bool KeepAlive(long itemId, string token, Func<DateTime> now) => collections.Write(() =>
    {
        var item = Claimed(itemId, token);
        if (item is not null)
        {
            item.FetchedAt = now();
            collections.Queue.Update(item);
        }

        return item is not null;
    });

    /// <summary>Removes a claimed item (its job is done); inside a write.</summary>
    public bool Remove(long itemId, string token) => Claimed(itemId, token) is not null && collections.Queue.Delete(itemId);

    /// <summary>Gives a claimed item back, visible at once; inside a write.</summary>
    public bool Requeue(long itemId, string token)
    {
        var item = Claimed(itemId, token);
        if (item is not null)
        {
            item.FetchedAt = null;
            item.FetchToken = null;
            collections.Queue.Update(item);
        }

        return item is not null;
    }

    /// <summary>The items of one queue in order: waiting (<paramref name="fetched"/> false) or claimed.</summary>
    public IEnumerable<QueueItem> Items(string queue, bool fetched) => collections.Queue
        .Find(Query.EQ(nameof(QueueItem.Queue), queue))
        .Where(i => string.Equals(i.Queue, queue, StringComparison.Ordinal) && i.FetchedAt.HasValue == fetched)
        .OrderBy(i => i.Id);

    public IReadOnlyList<string> QueueNames() => collections.Queue.FindAll()
        .Select(i => i.Queue)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    private QueueItem? Claimed(long itemId, string token) =>
        collections.Queue.FindById(itemId) is { } item && string.Equals(item.FetchToken, token, StringComparison.Ordinal) ? item : null;

    private QueueItem? FirstVisible(IReadOnlyList<string> queues, DateTime claimedBefore)
    {
        QueueItem? first = null;
        var firstRank = int.MaxValue;
        foreach (var item in collections.Queue.FindAll())
        {
            var rank = Rank(queues, item.Queue);
            if (rank < firstRank && (item.FetchedAt is null || item.FetchedAt < claimedBefore))
            {
                first = item;
                firstRank = rank;
                if (rank == 0)
                {
                    break;
                }
            }
        }

        return first;
    }

    private static int Rank(IReadOnlyList<string> queues, string queue)
    {
        for (var i = 0; i < queues.Count; i++)
        {
            if (string.Equals(queues[i], queue, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
