using Hangfire.Common;
using Hangfire.Server;
using Hangfire.Storage;
using IncidentBot.Storage.Jobs.Stores;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// A Hangfire connection to <see cref="LiteJobStorage"/>: reads, single writes, job fetching and distributed
/// locks. Like Hangfire's other storages' connections it is used by one thread at a time; its locks are
/// re-entrant for it and released when it is disposed.
/// </summary>
internal sealed class LiteJobConnection(LiteJobStorage storage) : JobStorageConnection
{
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private readonly Dictionary<string, LiteDistributedLock> _locks = new(StringComparer.Ordinal);

    public override IWriteOnlyTransaction CreateWriteTransaction() => new LiteJobTransaction(storage, this);

    public override IDisposable AcquireDistributedLock(string resource, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        if (!_locks.TryGetValue(resource, out var held))
        {
            held = LiteDistributedLock.Acquire(storage, resource, _owner, timeout, released => _locks.Remove(released.Resource));
            _locks.Add(resource, held);
        }

        return held.Lease();
    }

    public override string CreateExpiredJob(Job job, IDictionary<string, string> parameters, DateTime createdAt, TimeSpan expireIn)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(parameters);
        var id = storage.JobIds.Next();
        storage.Collections.Write(() => storage.Jobs.Create(id, job, parameters!, createdAt, expireIn));
        return JobStore.FormatId(id);
    }

    /// <summary>Claims the next job of <paramref name="queues"/>, waiting until there is one; throws when cancelled.</summary>
    public override IFetchedJob FetchNextJob(string[] queues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queues);
        if (queues.Length == 0)
        {
            throw new ArgumentException("Give at least one queue to fetch from.", nameof(queues));
        }

        var token = Guid.NewGuid().ToString("N");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var enqueued = storage.Enqueued.Next;
            if (storage.Queues.TryClaim(queues, token, () => storage.Now, storage.Options.InvisibilityTimeout) is { } item)
            {
                return new LiteFetchedJob(storage, item, token);
            }

            Signal.Wait(enqueued, storage.Options.QueuePollInterval, cancellationToken);
        }
    }

    public override void SetJobParameter(string id, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        storage.Collections.Write(() => storage.Jobs.SetParameter(id, name, value));
    }

    public override string? GetJobParameter(string id, string name)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        return storage.Jobs.Find(id)?.Parameters.GetValueOrDefault(name);
    }

    public override JobData? GetJobData(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        return storage.Jobs.Find(jobId) is { } job ? JobStore.Data(job) : null;
    }

    public override StateData? GetStateData(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        return storage.Jobs.Find(jobId)?.State is { } state
            ? new StateData { Name = state.Name, Reason = state.Reason, Data = new Dictionary<string, string?>(state.Data, StringComparer.OrdinalIgnoreCase) }
            : null;
    }

    public override void AnnounceServer(string serverId, ServerContext context)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        ArgumentNullException.ThrowIfNull(context);
        storage.Servers.Announce(serverId, context.Queues ?? [], context.WorkerCount, storage.Now);
    }

    public override void RemoveServer(string serverId)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        storage.Servers.Remove(serverId);
    }

    public override void Heartbeat(string serverId)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        if (!storage.Servers.Heartbeat(serverId, storage.Now))
        {
            throw new BackgroundServerGoneException();
        }
    }

    public override int RemoveTimedOutServers(TimeSpan timeOut)
    {
        if (timeOut <= TimeSpan.Zero)
        {
            throw new ArgumentException("The timeout must be positive.", nameof(timeOut));
        }

        return storage.Servers.RemoveTimedOut(storage.Now - timeOut);
    }

    public override HashSet<string> GetAllItemsFromSet(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return storage.Sets.Members(key).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
    }

    public override string? GetFirstByLowestScoreFromSet(string key, double fromScore, double toScore) =>
        GetFirstByLowestScoreFromSet(key, fromScore, toScore, 1).FirstOrDefault();

    public override List<string> GetFirstByLowestScoreFromSet(string key, double fromScore, double toScore, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (toScore < fromScore)
        {
            throw new ArgumentException("toScore must not be below fromScore.", nameof(toScore));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return storage.Sets.LowestScored(key, fromScore, DueTimes.UpTo(key, toScore, storage.Now), count);
    }

    public override long GetSetCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return storage.Sets.Members(key).Count;
    }

    public override long GetSetCount(IEnumerable<string> keys, int limit)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        long count = 0;
        foreach (var key in keys)
        {
            if (count >= limit)
            {
                break;
            }

            count += storage.Sets.Members(key).Count;
        }

        return Math.Min(count, limit);
    }

    public override bool GetSetContains(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return storage.Sets.Contains(key, value);
    }

    public override List<string> GetRangeFromSet(string key, int startingFrom, int endingAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Range(storage.Sets.Members(key).Select(i => i.Value), startingFrom, endingAt);
    }

    public override TimeSpan GetSetTtl(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return UtcTime.TimeToLive(storage.Sets.ExpireAt(key), storage.Now);
    }

    public override void SetRangeInHash(string key, IEnumerable<KeyValuePair<string, string>> keyValuePairs)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(keyValuePairs);
        storage.Collections.Write(() => storage.Hashes.Set(key, keyValuePairs));
    }

    public override Dictionary<string, string?>? GetAllEntriesFromHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return storage.Hashes.Find(key)?.Fields;
    }

    public override string? GetValueFromHash(string key, string name)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(name);
        return storage.Hashes.Find(key)?.Fields.GetValueOrDefault(name);
    }

    public override long GetHashCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return storage.Hashes.Find(key)?.Fields.Count ?? 0;
    }

    public override TimeSpan GetHashTtl(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return UtcTime.TimeToLive(storage.Hashes.Find(key)?.ExpireAt, storage.Now);
    }

    public override long GetListCount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return storage.Lists.Items(key).Count;
    }

    public override List<string> GetAllItemsFromList(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return storage.Lists.Items(key).Select(i => i.Value).ToList();
    }

    public override List<string> GetRangeFromList(string key, int startingFrom, int endingAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Range(storage.Lists.Items(key).Select(i => i.Value), startingFrom, endingAt);
    }

    public override TimeSpan GetListTtl(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return UtcTime.TimeToLive(storage.Lists.Items(key).Min(i => i.ExpireAt), storage.Now);
    }

    public override long GetCounter(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return storage.Counters.Value(key);
    }

    public override DateTime GetUtcDateTime() => storage.Now;

    public override void Dispose()
    {
        foreach (var held in _locks.Values.ToList())
        {
            held.Release();
        }

        base.Dispose();
    }

    /// <summary>Elements <paramref name="startingFrom"/> to <paramref name="endingAt"/>, both included.</summary>
    private static List<string> Range(IEnumerable<string> values, int startingFrom, int endingAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startingFrom);
        ArgumentOutOfRangeException.ThrowIfLessThan(endingAt, startingFrom);
        return values.Skip(startingFrom).Take(endingAt - startingFrom + 1).ToList();
    }
}
