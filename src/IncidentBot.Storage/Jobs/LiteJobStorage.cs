using System.Collections.Frozen;
using Hangfire;
using Hangfire.Server;
using Hangfire.Storage;
using IncidentBot.Storage.Jobs.Stores;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Hangfire's job storage in the bot's own LiteDB file (<see cref="IncidentDatabase"/>), in collections of its
/// own (<c>hf_*</c>), so jobs, timers and incidents survive a restart together. Every commit is one database
/// transaction; workers claim jobs atomically and are woken the moment a job is enqueued in this process.
/// It keeps no static state and never touches Hangfire's process-wide <c>JobStorage.Current</c>: register one per host.
/// </summary>
/// <remarks>
/// Implements Hangfire 1.8's extended storage API (https://docs.hangfire.io/en/latest/extensibility/using-job-storage.html):
/// the features listed in <see cref="HasFeature"/>, the dashboard's monitoring API, and expiration as a
/// storage-wide background process.
/// </remarks>
public sealed class LiteJobStorage : JobStorage
{
    private static readonly FrozenSet<string> Features = new[]
    {
        JobStorageFeatures.ExtendedApi,
        JobStorageFeatures.JobQueueProperty,
        JobStorageFeatures.ProcessesInsteadOfComponents,
        JobStorageFeatures.Connection.GetUtcDateTime,
        JobStorageFeatures.Connection.GetSetContains,
        JobStorageFeatures.Connection.LimitedGetSetCount,
        JobStorageFeatures.Connection.BatchedGetFirstByLowest,
        JobStorageFeatures.Transaction.AcquireDistributedLock,
        JobStorageFeatures.Transaction.CreateJob,
        JobStorageFeatures.Transaction.SetJobParameter,
        JobStorageFeatures.Transaction.RemoveFromQueue(typeof(LiteFetchedJob)),
        JobStorageFeatures.Monitoring.DeletedStateGraphs,
        JobStorageFeatures.Monitoring.AwaitingJobs,
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public LiteJobStorage(IncidentDatabase database, TimeProvider time, LiteJobStorageOptions? options = null, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        Options = options ?? new LiteJobStorageOptions();
        Options.Validate();
        Time = time;
        Loggers = loggers ?? NullLoggerFactory.Instance;
        Collections = new JobCollections(database);
        JobIds = new JobIdAllocator(Collections);
        Jobs = new JobStore(Collections);
        Queues = new QueueStore(Collections);
        Sets = new SetStore(Collections);
        Lists = new ListStore(Collections);
        Hashes = new HashStore(Collections);
        Counters = new CounterStore(Collections);
        Locks = new LockStore(Collections);
        Servers = new ServerStore(Collections);
    }

    /// <summary>Every read is of committed data and sees every commit that returned before it.</summary>
    public override bool LinearizableReads => true;

    internal LiteJobStorageOptions Options { get; }

    internal TimeProvider Time { get; }

    internal ILoggerFactory Loggers { get; }

    internal JobCollections Collections { get; }

    internal JobIdAllocator JobIds { get; }

    internal JobStore Jobs { get; }

    internal QueueStore Queues { get; }

    internal SetStore Sets { get; }

    internal ListStore Lists { get; }

    internal HashStore Hashes { get; }

    internal CounterStore Counters { get; }

    internal LockStore Locks { get; }

    internal ServerStore Servers { get; }

    /// <summary>Pulsed after a commit that put a job in a queue, so waiting workers fetch it at once.</summary>
    internal Signal Enqueued { get; } = new();

    /// <summary>Pulsed after a lock is released, so waiters for it try again at once.</summary>
    internal Signal LockReleased { get; } = new();

    internal DateTime Now => UtcTime.Now(Time);

    public override IStorageConnection GetConnection() => new LiteJobConnection(this);

    public override IMonitoringApi GetMonitoringApi() => new LiteMonitoringApi(this);

    public override IEnumerable<IBackgroundProcess> GetStorageWideProcesses() => [new ExpirationManager(this)];

    public override bool HasFeature(string featureId)
    {
        ArgumentNullException.ThrowIfNull(featureId);
        return Features.Contains(featureId);
    }

    public override string ToString() => "LiteDB job storage (hf_* collections of the bot's database)";
}
