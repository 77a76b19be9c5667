using Hangfire.Storage;
using IncidentBot.Storage.Jobs;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class QueueTests : JobStorageTest
{
    [Fact]
    public void FetchNextJob_NoQueues_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Connection.FetchNextJob(null!, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => Connection.FetchNextJob([], CancellationToken.None));
    }

    [Fact]
    public void FetchNextJob_EmptyQueueAndCancelled_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Connection.FetchNextJob(["default"], cancelled.Token));
    }

    [Fact]
    public void FetchNextJob_JobsInQueue_ReturnsThemInEnqueueOrder()
    {
        var first = Enqueue(1);
        var second = Enqueue(2);

        using var one = Fetch();
        using var two = Fetch();

        Assert.Equal([first, second], [one.JobId, two.JobId]);
    }

    [Fact]
    public void FetchNextJob_SeveralQueues_TakesFromTheFirstQueueGivenThatHasAJob()
    {
        var low = Enqueue(1, "low");
        var critical = Enqueue(2, "critical");

        using var fetched = Fetch("critical", "low");
        using var next = Fetch("critical", "low");

        Assert.Equal([critical, low], [fetched.JobId, next.JobId]);
    }

    [Fact]
    public void FetchNextJob_OtherQueueOnly_FindsNothing()
    {
        Enqueue(1, "other");

        Assert.Null(TryFetch(Connection, TimeSpan.FromMilliseconds(100), "default"));
    }

    [Fact]
    public void FetchNextJob_JobClaimedByAnotherWorker_IsNotReturnedAgain()
    {
        Enqueue(1);
        using var claimed = Fetch();
        using var other = Storage.GetConnection();

        Assert.Null(TryFetch((JobStorageConnection)other, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public async Task FetchNextJob_WorkerWaiting_IsWokenByAnEnqueueInThisProcessWithoutPolling()
    {
        // Polling once a day, the waiting worker can only get the job by being woken (its wait gives up long before).
        var slowPolling = OnTheSameFile(Clock, new LiteJobStorageOptions { QueuePollInterval = TimeSpan.FromDays(1) });
        using var connection = (JobStorageConnection)slowPolling.GetConnection();
        var fetch = Task.Run(() => TryFetch(connection, OutcomeTimeout));
        await Task.Delay(50);

        using (var transaction = slowPolling.GetConnection().CreateWriteTransaction())
        {
            var id = ((JobStorageTransaction)transaction).CreateJob(SampleJob(1), new Dictionary<string, string>(), Now, TimeSpan.FromHours(1));
            transaction.AddToQueue("default", id);
            transaction.Commit();
        }

        using var fetched = await fetch;
        Assert.NotNull(fetched);
    }

    [Fact]
    public void RemoveFromQueue_FetchedJob_IsGoneForGood()
    {
        Enqueue(1);
        using (var fetched = Fetch())
        {
            fetched.RemoveFromQueue();
        }

        Clock.Advance(Options.InvisibilityTimeout * 2);
        Assert.Null(TryFetch(Connection, TimeSpan.FromMilliseconds(100)));
        Assert.Equal(0, Storage.GetMonitoringApi().FetchedCount("default"));
    }

    [Fact]
    public void Requeue_FetchedJob_CanBeFetchedAgainAtOnce()
    {
        var id = Enqueue(1);
        using (var fetched = Fetch())
        {
            fetched.Requeue();
        }

        using var again = Fetch();
        Assert.Equal(id, again.JobId);
    }

    [Fact]
    public void Dispose_FetchedJobNeitherRemovedNorRequeued_RequeuesIt()
    {
        var id = Enqueue(1);
        Fetch().Dispose();

        using var again = Fetch();
        Assert.Equal(id, again.JobId);
    }

    [Fact]
    public void TransactionRemoveFromQueue_Committed_RemovesTheFetchedJobWithTheStateChange()
    {
        var id = Enqueue(1);
        var fetched = Fetch();

        Commit(t =>
        {
            t.SetJobState(id, new Hangfire.States.SucceededState(null, 1, 1));
            t.RemoveFromQueue(fetched);
        });
        fetched.Dispose();

        Assert.True(Storage.HasFeature("TransactionalAcknowledge:" + fetched.GetType().Name));
        Assert.Equal(0, Storage.GetMonitoringApi().FetchedCount("default"));
        Assert.Equal(0, Storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public void FetchedJob_WorkerStillAlive_StaysInvisiblePastTheTimeout()
    {
        Enqueue(1);
        using var fetched = Fetch();

        for (var i = 0; i < 10; i++)
        {
            Clock.Advance(Options.InvisibilityTimeout / 4);
        }

        Assert.Null(TryFetch(Connection, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public void FetchedJob_WorkerDied_IsVisibleAgainAfterTheInvisibilityTimeout()
    {
        var id = Enqueue(1);
        var (other, otherClock) = OtherProcess();
        using var dead = (JobStorageConnection)other.GetConnection();
        var claimedByTheDead = TryFetch(dead, OutcomeTimeout);
        Assert.NotNull(claimedByTheDead);

        // The other process's clock never moves again: its renewals stop, as if it had been killed.
        Clock.Advance(Options.InvisibilityTimeout - TimeSpan.FromSeconds(1));
        Assert.Null(TryFetch(Connection, TimeSpan.FromMilliseconds(100)));
        Clock.Advance(TimeSpan.FromSeconds(2));
        using var recovered = Fetch();

        Assert.Equal(id, recovered.JobId);
        Assert.NotNull(otherClock);
    }

    [Fact]
    public void FetchedJob_ClaimLapsedAndTakenOver_OldWorkerCanNoLongerRemoveIt()
    {
        Enqueue(1);
        var (other, _) = OtherProcess();
        using var slow = (JobStorageConnection)other.GetConnection();
        var lapsed = TryFetch(slow, OutcomeTimeout)!;
        Clock.Advance(Options.InvisibilityTimeout + TimeSpan.FromSeconds(1));
        using var takenOver = Fetch();

        lapsed.RemoveFromQueue();

        Assert.Equal(1, Storage.GetMonitoringApi().FetchedCount("default"));
    }
}
