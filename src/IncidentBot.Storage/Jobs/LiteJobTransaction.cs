using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using IncidentBot.Storage.Jobs.Stores;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Hangfire's write-only transaction: every call is recorded, and <see cref="Commit"/> applies them all in one
/// database transaction, so either all of them are saved or none. Times (expiries, state times) are taken at
/// commit. Locks taken through the transaction are held until it is disposed. A commit that enqueued a job
/// wakes this process's waiting workers. A job scheduled in the transaction is scored with its exact due time
/// (<see cref="DueTimes"/>).
/// </summary>
internal sealed class LiteJobTransaction(LiteJobStorage storage, LiteJobConnection connection) : JobStorageTransaction
{
    private readonly List<Action<DateTime>> _writes = [];
    private readonly List<IDisposable> _locks = [];
    private readonly List<LiteFetchedJob> _acknowledged = [];
    private readonly DueTimes _dueTimes = new();
    private bool _enqueues;

    public override void Commit()
    {
        storage.Collections.Write(() =>
        {
            var now = storage.Now;
            foreach (var write in _writes)
            {
                write(now);
            }
        });
        _acknowledged.ForEach(job => job.Removed());
        if (_enqueues)
        {
            storage.Enqueued.Pulse();
        }
    }

    public override void Dispose()
    {
        _locks.ForEach(held => held.Dispose());
        base.Dispose();
    }

    public override void AcquireDistributedLock(string resource, TimeSpan timeout) =>
        _locks.Add(connection.AcquireDistributedLock(resource, timeout));

    public override string CreateJob(Job job, IDictionary<string, string> parameters, DateTime createdAt, TimeSpan expireIn)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(parameters);
        var id = storage.JobIds.Next();
        var snapshot = new Dictionary<string, string?>(parameters!, StringComparer.Ordinal);
        _writes.Add(_ => storage.Jobs.Create(id, job, snapshot, createdAt, expireIn));
        return JobStore.FormatId(id);
    }

    public override void SetJobParameter(string jobId, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        ArgumentNullException.ThrowIfNull(name);
        _writes.Add(_ => storage.Jobs.SetParameter(jobId, name, value));
    }

    public override void ExpireJob(string jobId, TimeSpan expireIn)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        _writes.Add(now => storage.Jobs.Expire(jobId, now + expireIn));
    }

    public override void PersistJob(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        _writes.Add(_ => storage.Jobs.Expire(jobId, null));
    }

    public override void SetJobState(string jobId, IState state) => AddState(jobId, state, current: true);

    public override void AddJobState(string jobId, IState state) => AddState(jobId, state, current: false);

    public override void AddToQueue(string queue, string jobId)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(jobId);
        if (JobStore.TryParseId(jobId, out var id))
        {
            _writes.Add(_ => storage.Queues.Add(queue, id));
            _enqueues = true;
        }
    }

    /// <summary>Removes a finished job from its queue in this transaction (Hangfire's transactional acknowledge).</summary>
    public override void RemoveFromQueue(IFetchedJob fetchedJob)
    {
        if (fetchedJob is not LiteFetchedJob job)
        {
            throw new ArgumentException($"Only jobs fetched from {nameof(LiteJobStorage)} can be removed here.", nameof(fetchedJob));
        }

        _writes.Add(_ => job.RemoveIn(storage.Queues));
        _acknowledged.Add(job);
    }

    public override void IncrementCounter(string key) => AddToCounter(key, 1, null);

    public override void IncrementCounter(string key, TimeSpan expireIn) => AddToCounter(key, 1, expireIn);

    public override void DecrementCounter(string key) => AddToCounter(key, -1, null);

    public override void DecrementCounter(string key, TimeSpan expireIn) => AddToCounter(key, -1, expireIn);

    public override void AddToSet(string key, string value) => AddToSet(key, value, 0.0);

    public override void AddToSet(string key, string value, double score)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        // Scored at commit: the job's Scheduled state, which gives its exact due time, may be set after this call.
        _writes.Add(_ => storage.Sets.Add(key, value, _dueTimes.Score(key, value, score)));
    }

    public override void AddRangeToSet(string key, IList<string> items)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Any(item => item is null))
        {
            throw new ArgumentException("The items must not contain null.", nameof(items));
        }

        var values = items.ToList();
        _writes.Add(_ => values.ForEach(value => storage.Sets.Add(key, value, 0.0)));
    }

    public override void RemoveFromSet(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _writes.Add(_ => storage.Sets.Remove(key, value));
    }

    public override void RemoveSet(string key) => Write(key, () => storage.Sets.RemoveAll(key));

    public override void ExpireSet(string key, TimeSpan expireIn) => Write(key, now => storage.Sets.Expire(key, now + expireIn));

    public override void PersistSet(string key) => Write(key, () => storage.Sets.Expire(key, null));

    public override void InsertToList(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _writes.Add(_ => storage.Lists.Insert(key, value));
    }

    public override void RemoveFromList(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _writes.Add(_ => storage.Lists.RemoveAll(key, value));
    }

    public override void TrimList(string key, int keepStartingFrom, int keepEndingAt) =>
        Write(key, () => storage.Lists.Trim(key, keepStartingFrom, keepEndingAt));

    public override void ExpireList(string key, TimeSpan expireIn) => Write(key, now => storage.Lists.Expire(key, now + expireIn));

    public override void PersistList(string key) => Write(key, () => storage.Lists.Expire(key, null));

    public override void SetRangeInHash(string key, IEnumerable<KeyValuePair<string, string>> keyValuePairs)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(keyValuePairs);
        var fields = keyValuePairs.ToList();
        _writes.Add(_ => storage.Hashes.Set(key, fields));
    }

    public override void RemoveHash(string key) => Write(key, () => storage.Hashes.Remove(key));

    public override void ExpireHash(string key, TimeSpan expireIn) => Write(key, now => storage.Hashes.Expire(key, now + expireIn));

    public override void PersistHash(string key) => Write(key, () => storage.Hashes.Expire(key, null));

    private void AddState(string jobId, IState state, bool current)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(state.Name, nameof(state));

        // State classes may be the application's own: serialize now, so a throwing one fails the caller, not the commit.
        var record = JobStore.Record(state, default);
        if (current)
        {
            _dueTimes.Note(jobId, state);
        }

        _writes.Add(now =>
        {
            record.CreatedAt = now;
            storage.Jobs.AddState(jobId, record, current);
        });
    }

    private void AddToCounter(string key, long delta, TimeSpan? expireIn)
    {
        ArgumentNullException.ThrowIfNull(key);
        _writes.Add(now => storage.Counters.Add(key, delta, now + expireIn));
    }

    private void Write(string key, Action write)
    {
        ArgumentNullException.ThrowIfNull(key);
        _writes.Add(_ => write());
    }

    private void Write(string key, Action<DateTime> write)
    {
        ArgumentNullException.ThrowIfNull(key);
        _writes.Add(write);
    }
}
