using System.Diagnostics;
using Hangfire.Storage;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class LockTests : JobStorageTest
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void AcquireDistributedLock_Free_IsTakenAndOthersTimeOut()
    {
        using var held = Connection.AcquireDistributedLock("resource", Short);
        using var other = Storage.GetConnection();

        Assert.Throws<DistributedLockTimeoutException>(() => other.AcquireDistributedLock("resource", Short));
    }

    [Fact]
    public void AcquireDistributedLock_OtherResource_IsIndependent()
    {
        using var held = Connection.AcquireDistributedLock("resource", Short);
        using var other = Storage.GetConnection();

        using var unrelated = other.AcquireDistributedLock("another-resource", Short);
        using var otherCase = other.AcquireDistributedLock("RESOURCE", Short);
    }

    [Fact]
    public void AcquireDistributedLock_SameConnectionTwice_IsReentrantUntilTheLastRelease()
    {
        using var other = Storage.GetConnection();
        var outer = Connection.AcquireDistributedLock("resource", Short);
        var inner = Connection.AcquireDistributedLock("resource", Short);

        inner.Dispose();
        inner.Dispose();
        Assert.Throws<DistributedLockTimeoutException>(() => other.AcquireDistributedLock("resource", Short));

        outer.Dispose();
        using var taken = other.AcquireDistributedLock("resource", Short);
    }

    [Fact]
    public async Task AcquireDistributedLock_WaitingForAReleaseInThisProcess_GetsItAsSoonAsItIsReleased()
    {
        var held = Connection.AcquireDistributedLock("resource", Short);
        using var other = Storage.GetConnection();
        var waited = Stopwatch.StartNew();
        var waiter = Task.Run(() => other.AcquireDistributedLock("resource", TimeSpan.FromSeconds(10)));
        await Task.Delay(50);

        held.Dispose();

        using var taken = await waiter;
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(5), $"took {waited.Elapsed}");
    }

    [Fact]
    public void Dispose_ConnectionHoldingLocks_ReleasesThem()
    {
        using (var holder = Storage.GetConnection())
        {
            holder.AcquireDistributedLock("a", Short);
            holder.AcquireDistributedLock("b", Short);
        }

        using var a = Connection.AcquireDistributedLock("a", Short);
        using var b = Connection.AcquireDistributedLock("b", Short);
    }

    [Fact]
    public void AcquireDistributedLock_HolderAlive_KeepsTheLockPastItsLifetime()
    {
        using var held = Connection.AcquireDistributedLock("resource", Short);
        for (var i = 0; i < 10; i++)
        {
            Clock.Advance(Options.DistributedLockLifetime / 4);
        }

        using var other = Storage.GetConnection();
        Assert.Throws<DistributedLockTimeoutException>(() => other.AcquireDistributedLock("resource", Short));
    }

    [Fact]
    public void AcquireDistributedLock_HolderProcessDied_IsFreeOnceTheLockExpired()
    {
        var (dead, _) = OtherProcess();
        var deadConnection = dead.GetConnection();
        deadConnection.AcquireDistributedLock("locks:schedulepoller", Short);

        // The dead process's clock never moves, so it never renews; ours passes the lock's lifetime.
        Clock.Advance(Options.DistributedLockLifetime - TimeSpan.FromSeconds(1));
        Assert.Throws<DistributedLockTimeoutException>(() => Connection.AcquireDistributedLock("locks:schedulepoller", Short));
        Clock.Advance(TimeSpan.FromSeconds(2));

        using var taken = Connection.AcquireDistributedLock("locks:schedulepoller", Short);
    }

    [Fact]
    public void TransactionAcquireDistributedLock_HeldUntilTheTransactionIsDisposed()
    {
        using var other = Storage.GetConnection();
        using (var transaction = (JobStorageTransaction)Connection.CreateWriteTransaction())
        {
            transaction.AcquireDistributedLock("job:1:state-lock", Short);
            transaction.IncrementCounter("counter");
            transaction.Commit();
            Assert.Throws<DistributedLockTimeoutException>(() => other.AcquireDistributedLock("job:1:state-lock", Short));
        }

        using var taken = other.AcquireDistributedLock("job:1:state-lock", Short);
    }

    [Fact]
    public void AcquireDistributedLock_ManyThreadsCountingUnderIt_NeverOverlap()
    {
        var inside = 0;
        var overlaps = 0;
        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            using var connection = Storage.GetConnection();
            using (connection.AcquireDistributedLock("shared", TimeSpan.FromSeconds(30)))
            {
                if (Interlocked.Increment(ref inside) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                Thread.SpinWait(10_000);
                Interlocked.Decrement(ref inside);
            }
        });

        Assert.Equal(0, overlaps);
    }
}
