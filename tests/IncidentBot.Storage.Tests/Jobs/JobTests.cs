using Hangfire.States;
using Hangfire.Storage;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class JobTests : JobStorageTest
{
    [Fact]
    public void CreateExpiredJob_ThenGetJobData_ReturnsTheJobWithoutStateAndItsParameters()
    {
        var id = Connection.CreateExpiredJob(SampleJob(7), new Dictionary<string, string> { ["CurrentCulture"] = "en-GB" }, Now, TimeSpan.FromDays(1));

        var data = Connection.GetJobData(id);

        Assert.NotNull(data);
        Assert.Null(data.State);
        Assert.Null(data.LoadException);
        Assert.Equal(nameof(SampleJobs.Work), data.Job.Method.Name);
        Assert.Equal([7], data.Job.Args);
        Assert.Equal(Now, data.CreatedAt);
        Assert.Equal("en-GB", data.ParametersSnapshot["CurrentCulture"]);
        Assert.Equal("en-GB", Connection.GetJobParameter(id, "CurrentCulture"));
    }

    [Fact]
    public void CreateExpiredJob_TwoJobs_GetDifferentIncreasingIds()
    {
        var first = long.Parse(Connection.CreateExpiredJob(SampleJob(1), new Dictionary<string, string>(), Now, TimeSpan.FromDays(1)), System.Globalization.CultureInfo.InvariantCulture);
        var second = long.Parse(Connection.CreateExpiredJob(SampleJob(2), new Dictionary<string, string>(), Now, TimeSpan.FromDays(1)), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(second > first, $"{second} after {first}");
    }

    [Theory]
    [InlineData("999")]
    [InlineData("not-a-number")]
    [InlineData("")]
    public void GetJobData_UnknownId_ReturnsNull(string id)
    {
        Assert.Null(Connection.GetJobData(id));
        Assert.Null(Connection.GetStateData(id));
        Assert.Null(Connection.GetJobParameter(id, "name"));
    }

    [Fact]
    public void GetJobData_NullId_Throws() => Assert.Throws<ArgumentNullException>(() => Connection.GetJobData(null!));

    [Fact]
    public void TransactionCreateJob_NotCommitted_StoresNothing()
    {
        string id;
        using (var transaction = (JobStorageTransaction)Connection.CreateWriteTransaction())
        {
            id = transaction.CreateJob(SampleJob(1), new Dictionary<string, string>(), Now, TimeSpan.FromHours(1));
        }

        Assert.Null(Connection.GetJobData(id));
    }

    [Fact]
    public void SetJobParameter_SetTwiceAndFromATransaction_KeepsTheLastValue()
    {
        var id = Connection.CreateExpiredJob(SampleJob(1), new Dictionary<string, string>(), Now, TimeSpan.FromDays(1));

        Connection.SetJobParameter(id, "RetryCount", "1");
        Commit(t => t.SetJobParameter(id, "RetryCount", "2"));

        Assert.Equal("2", Connection.GetJobParameter(id, "RetryCount"));
        Assert.Null(Connection.GetJobParameter(id, "Missing"));
    }

    [Fact]
    public void SetJobState_Committed_IsTheCurrentStateWithItsDataAndHistory()
    {
        var id = Enqueue(1);
        Clock.Advance(TimeSpan.FromSeconds(5));

        Commit(t => t.SetJobState(id, new FailedState(new InvalidOperationException("boom")) { Reason = "it broke" }));

        var state = Connection.GetStateData(id);
        Assert.Equal(FailedState.StateName, state.Name);
        Assert.Equal("it broke", state.Reason);
        Assert.Equal("boom", state.Data["ExceptionMessage"]);
        Assert.Equal(FailedState.StateName, Connection.GetJobData(id).State);
        var history = Storage.GetMonitoringApi().JobDetails(id).History;
        Assert.Equal([FailedState.StateName, EnqueuedState.StateName], history.Select(h => h.StateName));
        Assert.Equal(Now, history[0].CreatedAt);
    }

    [Fact]
    public void AddJobState_Committed_AddsToHistoryButKeepsTheCurrentState()
    {
        var id = Enqueue(1);

        Commit(t => t.AddJobState(id, new ScheduledState(TimeSpan.FromMinutes(1))));

        Assert.Equal(EnqueuedState.StateName, Connection.GetStateData(id).Name);
        Assert.Equal(2, Storage.GetMonitoringApi().JobDetails(id).History.Count);
    }

    [Fact]
    public void Commit_AWriteFailsAfterOthersWereApplied_NoneOfTheTransactionIsSaved()
    {
        var id = Enqueue(1);

        // The exploding argument fails while the commit serializes it, after the writes before it ran.
        Assert.ThrowsAny<Exception>(() => Commit(t =>
        {
            t.SetJobState(id, new SucceededState(null, 1, 1));
            t.IncrementCounter("stats:succeeded");
            t.AddToSet("recurring-jobs", "nightly");
            t.SetRangeInHash("recurring-job:nightly", [new("Cron", "0 0 * * *")]);
            t.CreateJob(Hangfire.Common.Job.FromExpression(() => SampleJobs.Take(new Exploding())), new Dictionary<string, string>(), Now, TimeSpan.FromHours(1));
        }));

        Assert.Equal(EnqueuedState.StateName, Connection.GetStateData(id).Name);
        Assert.Equal(0, Connection.GetCounter("stats:succeeded"));
        Assert.Empty(Connection.GetAllItemsFromSet("recurring-jobs"));
        Assert.Null(Connection.GetAllEntriesFromHash("recurring-job:nightly"));
    }

    [Fact]
    public void RemoveFromQueue_AJobFetchedFromAnotherStorage_IsRefused()
    {
        using var transaction = (JobStorageTransaction)Connection.CreateWriteTransaction();

        Assert.Throws<ArgumentException>(() => transaction.RemoveFromQueue(new ForeignFetchedJob()));
    }

    private sealed class ForeignFetchedJob : IFetchedJob
    {
        public string JobId => "1";

        public void RemoveFromQueue() => throw new InvalidOperationException("not ours");

        public void Requeue() => throw new InvalidOperationException("not ours");

        public void Dispose()
        {
        }
    }
}
