using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using IncidentBot.Storage.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Storage.Tests.Jobs;

/// <summary>
/// A <see cref="LiteJobStorage"/> on a fresh database in a temp folder, timed by a <see cref="FakeTimeProvider"/>
/// (expiries, claims and locks move only when a test advances the clock). <see cref="OtherProcess"/> opens a
/// second storage on the same database with a clock of its own, as another process would.
/// </summary>
public abstract class JobStorageTest : IDisposable
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private readonly TestStorage _files = new();

    protected JobStorageTest()
    {
        Storage = new LiteJobStorage(_files.Database, Clock, Options);
        Connection = (JobStorageConnection)Storage.GetConnection();
    }

    protected static LiteJobStorageOptions Options { get; } = new()
    {
        InvisibilityTimeout = TimeSpan.FromMinutes(1),
        QueuePollInterval = TimeSpan.FromMilliseconds(50),
        DistributedLockLifetime = TimeSpan.FromMinutes(1),
        DistributedLockPollInterval = TimeSpan.FromMilliseconds(20),
    };

    /// <summary>How long a fetch that must find a job may wait: only a bound on it never coming, generous for loaded machines.</summary>
    protected static TimeSpan OutcomeTimeout { get; } = TimeSpan.FromMinutes(2);

    protected FakeTimeProvider Clock { get; } = new(T0);

    protected LiteJobStorage Storage { get; }

    protected JobStorageConnection Connection { get; }

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>Another storage on the same file with its own clock (starting now): a second process.</summary>
    protected (LiteJobStorage Storage, FakeTimeProvider Clock) OtherProcess()
    {
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        return (OnTheSameFile(clock, Options), clock);
    }

    protected LiteJobStorage OnTheSameFile(TimeProvider clock, LiteJobStorageOptions options) => new(_files.Database, clock, options);

    protected void Commit(Action<JobStorageTransaction> write)
    {
        using var transaction = (JobStorageTransaction)Connection.CreateWriteTransaction();
        write(transaction);
        transaction.Commit();
    }

    protected static Job SampleJob(int number) => Job.FromExpression(() => SampleJobs.Work(number));

    /// <summary>A job created and enqueued in one transaction, as Hangfire's client does it.</summary>
    protected string Enqueue(int number, string queue = "default")
    {
        string id = "";
        Commit(t =>
        {
            id = t.CreateJob(SampleJob(number), new Dictionary<string, string>(), Now, TimeSpan.FromHours(1));
            t.SetJobState(id, new EnqueuedState(queue));
            t.AddToQueue(queue, id);
            t.PersistJob(id);
        });
        return id;
    }

    protected IFetchedJob Fetch(params string[] queues)
    {
        using var timeout = new CancellationTokenSource(OutcomeTimeout);
        return Connection.FetchNextJob(queues.Length == 0 ? ["default"] : queues, timeout.Token);
    }

    /// <summary>Whether a fetch from a fresh connection finds something within <paramref name="wait"/>.</summary>
    protected static IFetchedJob? TryFetch(JobStorageConnection connection, TimeSpan wait, params string[] queues)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            return connection.FetchNextJob(queues.Length == 0 ? ["default"] : queues, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        Connection.Dispose();
        _files.Dispose();
        GC.SuppressFinalize(this);
    }
}
