using Hangfire.States;
using IncidentBot.Storage.Jobs;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class ExpirationTests : JobStorageTest
{
    [Fact]
    public void RemoveExpired_JobPastItsExpiry_IsDeletedWithItsStatesAndParameters()
    {
        var expiring = Enqueue(1);
        var kept = Enqueue(2);
        Commit(t =>
        {
            t.SetJobState(expiring, new SucceededState(null, 1, 1));
            t.ExpireJob(expiring, TimeSpan.FromHours(1));
        });
        Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, Expire());

        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1, Expire());
        Assert.Null(Connection.GetJobData(expiring));
        Assert.Null(Storage.GetMonitoringApi().JobDetails(expiring));
        Assert.NotNull(Connection.GetJobData(kept));
    }

    [Fact]
    public void RemoveExpired_PersistedJob_IsKept()
    {
        var id = Connection.CreateExpiredJob(SampleJob(1), new Dictionary<string, string>(), Now, TimeSpan.FromMinutes(5));
        Commit(t => t.PersistJob(id));
        Clock.Advance(TimeSpan.FromHours(1));

        Expire();

        Assert.NotNull(Connection.GetJobData(id));
    }

    [Fact]
    public void RemoveExpired_CreatedJobNeverPersisted_IsDeletedAfterItsCreationExpiry()
    {
        var id = Connection.CreateExpiredJob(SampleJob(1), new Dictionary<string, string>(), Now, TimeSpan.FromMinutes(5));
        Clock.Advance(TimeSpan.FromMinutes(6));

        Expire();

        Assert.Null(Connection.GetJobData(id));
    }

    [Fact]
    public void RemoveExpired_ExpiredSetListHashAndCounter_AreDeletedAndTheRestKept()
    {
        Commit(t =>
        {
            t.AddToSet("old-set", "a");
            t.ExpireSet("old-set", TimeSpan.FromMinutes(1));
            t.AddToSet("set", "a");
            t.InsertToList("old-list", "a");
            t.ExpireList("old-list", TimeSpan.FromMinutes(1));
            t.InsertToList("list", "a");
            t.SetRangeInHash("old-hash", [new("a", "1")]);
            t.ExpireHash("old-hash", TimeSpan.FromMinutes(1));
            t.SetRangeInHash("hash", [new("a", "1")]);
            t.IncrementCounter("stats:succeeded:2025-03-14-09", TimeSpan.FromMinutes(1));
            t.IncrementCounter("stats:succeeded");
        });
        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(4, Expire());

        Assert.Equal(0, Connection.GetSetCount("old-set"));
        Assert.Equal(0, Connection.GetListCount("old-list"));
        Assert.Null(Connection.GetAllEntriesFromHash("old-hash"));
        Assert.Equal(0, Connection.GetCounter("stats:succeeded:2025-03-14-09"));
        Assert.Equal(1, Connection.GetSetCount("set"));
        Assert.Equal(1, Connection.GetListCount("list"));
        Assert.NotNull(Connection.GetAllEntriesFromHash("hash"));
        Assert.Equal(1, Connection.GetCounter("stats:succeeded"));
    }

    [Fact]
    public void RemoveExpired_ManyMoreThanOneBatch_DeletesThemAll()
    {
        Commit(t =>
        {
            for (var i = 0; i < 1200; i++)
            {
                t.IncrementCounter($"stats:succeeded:{i}", TimeSpan.FromMinutes(1));
            }
        });
        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1200, Expire());
    }

    [Fact]
    public void RemoveExpired_AnotherServerIsExpiring_SkipsThisRound()
    {
        Commit(t =>
        {
            t.AddToSet("old-set", "a");
            t.ExpireSet("old-set", TimeSpan.FromMinutes(1));
        });
        Clock.Advance(TimeSpan.FromMinutes(2));
        using var other = Storage.GetConnection();
        using var held = other.AcquireDistributedLock(ExpirationManager.LockResource, TimeSpan.FromSeconds(1));

        Assert.Equal(0, Expire());
        Assert.Equal(1, Connection.GetSetCount("old-set"));
    }

    [Fact]
    public void RemoveExpired_LockOfADeadProcess_IsDeletedAndLiveLocksKept()
    {
        var (dead, _) = OtherProcess();
        dead.GetConnection().AcquireDistributedLock("job:7:state-lock", TimeSpan.FromSeconds(1));
        Clock.Advance(Options.DistributedLockLifetime + TimeSpan.FromSeconds(1));
        using var live = Connection.AcquireDistributedLock("job:8:state-lock", TimeSpan.FromSeconds(1));

        Assert.Equal(1, Expire());

        using var other = Storage.GetConnection();
        Assert.Throws<Hangfire.Storage.DistributedLockTimeoutException>(() => other.AcquireDistributedLock("job:8:state-lock", TimeSpan.FromMilliseconds(50)));
    }

    private int Expire() => new ExpirationManager(Storage).RemoveExpired();
}
