using Hangfire;
using Hangfire.Common;

namespace IncidentBot.Storage.Tests.Jobs;

/// <summary>
/// Hangfire scores scheduled jobs in whole Unix seconds, truncated, and its scheduler enqueues what scores at or
/// below the current second: a job due mid-second would start up to a second early. The storage rounds the score
/// of a job it knows the due time of up, so no job is enqueued before it is due.
/// </summary>
public sealed class ScheduleTests : JobStorageTest
{
    [Fact]
    public void Schedule_DueMidSecond_IsNotDueEarlierInThatSecond()
    {
        var dueAt = T0.AddMilliseconds(700);
        var id = new BackgroundJobClient(Storage).Schedule(() => SampleJobs.Work(1), dueAt);

        Assert.Empty(DueAt(dueAt.AddMilliseconds(-500)));
        Assert.Equal([id], DueAt(dueAt.AddMilliseconds(300)));
    }

    [Fact]
    public void Schedule_DueMidSecondInANamedQueue_IsNotDueEarlierInThatSecond()
    {
        var dueAt = T0.AddMilliseconds(700);
        var id = new BackgroundJobClient(Storage).Schedule("critical", () => SampleJobs.Work(1), dueAt);

        Assert.Empty(DueAt(dueAt.AddMilliseconds(-500)));
        Assert.Equal([$"critical:{id}"], DueAt(dueAt.AddMilliseconds(300)));
    }

    [Fact]
    public void Schedule_DueOnAWholeSecond_IsDueFromThatSecond()
    {
        var dueAt = T0.AddSeconds(5);
        var id = new BackgroundJobClient(Storage).Schedule(() => SampleJobs.Work(1), dueAt);

        Assert.Empty(DueAt(dueAt.AddMilliseconds(-1)));
        Assert.Equal([id], DueAt(dueAt));
    }

    /// <summary>What Hangfire's delayed-job scheduler asks the storage for at <paramref name="now"/>.</summary>
    private List<string> DueAt(DateTimeOffset now) =>
        Connection.GetFirstByLowestScoreFromSet("schedule", 0, JobHelper.ToTimestamp(now.UtcDateTime), 10);
}
