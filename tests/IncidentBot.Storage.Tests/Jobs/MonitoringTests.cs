using Hangfire.States;
using Hangfire.Storage;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class MonitoringTests : JobStorageTest
{
    private IMonitoringApi Monitoring => Storage.GetMonitoringApi();

    [Fact]
    public void GetStatistics_JobsInEveryState_CountsThem()
    {
        Enqueue(1);
        Enqueue(2, "critical");
        var scheduled = Enqueue(3);
        var failed = Enqueue(4);
        var succeeded = Enqueue(5);
        Commit(t =>
        {
            t.SetJobState(scheduled, new ScheduledState(TimeSpan.FromHours(1)));
            t.SetJobState(failed, new FailedState(new TimeoutException()));
            t.SetJobState(succeeded, new SucceededState(null, 1, 1));
            t.IncrementCounter("stats:succeeded");
            t.IncrementCounter("stats:deleted");
            t.AddToSet("recurring-jobs", "nightly");
            t.AddToSet("retries", failed);
        });
        Connection.AnnounceServer("server", new Hangfire.Server.ServerContext { Queues = ["default"], WorkerCount = 1 });

        var statistics = Monitoring.GetStatistics();

        Assert.Equal(2, statistics.Enqueued);
        Assert.Equal(1, statistics.Scheduled);
        Assert.Equal(1, statistics.Failed);
        Assert.Equal(0, statistics.Processing);
        Assert.Equal(1, statistics.Succeeded);
        Assert.Equal(1, statistics.Deleted);
        Assert.Equal(1, statistics.Recurring);
        Assert.Equal(1, statistics.Retries);
        Assert.Equal(1, statistics.Servers);
        Assert.Equal(2, statistics.Queues);
    }

    [Fact]
    public void Queues_EnqueuedAndFetchedJobs_ListsEachQueueWithItsFirstJobs()
    {
        var first = Enqueue(1);
        var second = Enqueue(2);
        Enqueue(3, "critical");
        using var fetched = Fetch();

        var queues = Monitoring.Queues();

        Assert.Equal(["critical", "default"], queues.Select(q => q.Name));
        var queue = queues[1];
        Assert.Equal(1, queue.Length);
        Assert.Equal(1, queue.Fetched);
        Assert.Equal([second], queue.FirstJobs.Select(j => j.Key));
        Assert.True(queue.FirstJobs[0].Value.InEnqueuedState);
        Assert.Equal([first], Monitoring.FetchedJobs("default", 0, 10).Select(j => j.Key));
        Assert.Equal(Now, Monitoring.FetchedJobs("default", 0, 10)[0].Value.FetchedAt);
        Assert.Equal(1, Monitoring.EnqueuedCount("default"));
        Assert.Equal(1, Monitoring.FetchedCount("default"));
    }

    [Fact]
    public void EnqueuedJobs_Paged_ReturnsThatPageInQueueOrder()
    {
        var ids = Enumerable.Range(1, 5).Select(i => Enqueue(i)).ToList();

        var page = Monitoring.EnqueuedJobs("default", 1, 2);

        Assert.Equal(ids.Skip(1).Take(2), page.Select(j => j.Key));
        Assert.Equal(nameof(SampleJobs.Work), page[0].Value.Job.Method.Name);
    }

    [Fact]
    public void StateLists_JobsInEachState_AreListedNewestFirstWithTheirStateDetails()
    {
        var failed = Enqueue(1);
        var succeeded = Enqueue(2);
        var scheduled = Enqueue(3);
        var deleted = Enqueue(4);
        var older = Enqueue(5);
        Commit(t =>
        {
            t.SetJobState(failed, new FailedState(new TimeoutException("too slow")) { Reason = "timed out" });
            t.SetJobState(older, new SucceededState("old", 5, 6));
            t.SetJobState(succeeded, new SucceededState("done", 10, 20));
            t.SetJobState(scheduled, new ScheduledState(T0.UtcDateTime.AddHours(1)));
            t.SetJobState(deleted, new DeletedState());
        });

        var failedJob = Assert.Single(Monitoring.FailedJobs(0, 10));
        Assert.Equal(failed, failedJob.Key);
        Assert.Equal("timed out", failedJob.Value.Reason);
        Assert.Equal("too slow", failedJob.Value.ExceptionMessage);
        Assert.Equal(typeof(TimeoutException).FullName, failedJob.Value.ExceptionType);
        Assert.Equal([older, succeeded], Monitoring.SucceededJobs(0, 10).Select(j => j.Key));
        Assert.Equal(30, Monitoring.SucceededJobs(0, 10)[1].Value.TotalDuration);
        Assert.Equal(T0.UtcDateTime.AddHours(1), Assert.Single(Monitoring.ScheduledJobs(0, 10)).Value.EnqueueAt);
        Assert.Equal(Now, Assert.Single(Monitoring.DeletedJobs(0, 10)).Value.DeletedAt);
        Assert.Empty(Monitoring.ProcessingJobs(0, 10));
        Assert.Equal([1L, 2L, 1L, 1L, 0L], [Monitoring.FailedCount(), Monitoring.SucceededListCount(), Monitoring.ScheduledCount(), Monitoring.DeletedListCount(), Monitoring.ProcessingCount()]);
    }

    [Fact]
    public void AwaitingJobs_ContinuationOfAJob_IsListedWithItsParentsState()
    {
        var parent = Enqueue(1);
        var child = Connection.CreateExpiredJob(SampleJob(2), new Dictionary<string, string>(), Now, TimeSpan.FromHours(1));
        Commit(t => t.SetJobState(child, new AwaitingState(parent)));

        var monitor = Assert.IsAssignableFrom<JobStorageMonitor>(Monitoring);
        var awaiting = Assert.Single(monitor.AwaitingJobs(0, 10));

        Assert.Equal(child, awaiting.Key);
        Assert.Equal(EnqueuedState.StateName, awaiting.Value.ParentStateName);
        Assert.Equal(1, monitor.AwaitingCount());
    }

    [Fact]
    public void JobDetails_JobWithParametersAndStates_ShowsThemNewestStateFirst()
    {
        var id = Connection.CreateExpiredJob(SampleJob(1), new Dictionary<string, string> { ["RetryCount"] = "2" }, Now, TimeSpan.FromHours(1));
        Commit(t => t.SetJobState(id, new EnqueuedState()));
        Clock.Advance(TimeSpan.FromSeconds(1));
        Commit(t => t.SetJobState(id, new DeletedState()));

        var details = Monitoring.JobDetails(id);

        Assert.Equal("2", details.Properties["RetryCount"]);
        Assert.Equal([DeletedState.StateName, EnqueuedState.StateName], details.History.Select(h => h.StateName));
        Assert.Equal(T0.UtcDateTime, details.CreatedAt);
        Assert.Equal(T0.UtcDateTime.AddHours(1), details.ExpireAt);
        Assert.Null(Monitoring.JobDetails("404"));
    }

    [Fact]
    public void Graphs_DailyAndHourlyCounters_AreReadForTheLastWeekAndDay()
    {
        Commit(t =>
        {
            t.IncrementCounter("stats:succeeded:2025-03-14", TimeSpan.FromDays(30));
            t.IncrementCounter("stats:succeeded:2025-03-13", TimeSpan.FromDays(30));
            t.IncrementCounter("stats:succeeded:2025-03-13", TimeSpan.FromDays(30));
            t.IncrementCounter("stats:failed:2025-03-14-09", TimeSpan.FromDays(1));
            t.IncrementCounter("stats:deleted:2025-03-14", TimeSpan.FromDays(30));
        });
        var monitor = (JobStorageMonitor)Monitoring;

        var daily = Monitoring.SucceededByDatesCount();
        var hourly = Monitoring.HourlyFailedJobs();

        Assert.Equal(7, daily.Count);
        Assert.Equal(1, daily[new DateTime(2025, 3, 14, 0, 0, 0, DateTimeKind.Utc)]);
        Assert.Equal(2, daily[new DateTime(2025, 3, 13, 0, 0, 0, DateTimeKind.Utc)]);
        Assert.Equal(24, hourly.Count);
        Assert.Equal(1, hourly[Now]);
        Assert.Equal(1, hourly.Values.Sum());
        Assert.Equal(1, monitor.DeletedByDatesCount().Values.Sum());
        Assert.Equal(0, monitor.HourlyDeletedJobs().Values.Sum());
    }
}
