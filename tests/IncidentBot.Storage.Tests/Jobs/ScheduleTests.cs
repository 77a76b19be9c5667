using Hangfire;
using Hangfire.Common;

namespace IncidentBot.Storage.Tests.Jobs;

/// <summary>
/// Hangfire scores scheduled jobs in whole Unix seconds, truncated, and its scheduler enqueues what scores at or
/// below the current second: a job due mid-second would start up to a second early. The storage keeps the exact due
/// time of a job it schedules and answers the scheduler's question to the instant: never early, not a second late.
/// </summary>
public sealed class ScheduleTests : JobStorageTest
{
    [Fact]
    public void Schedule_DueMidSecond_IsDueFromThatInstantNotBefore()
    {
        var dueAt = T0.AddMilliseconds(700);
        var id = new BackgroundJobClient(Storage).Schedule(() => SampleJobs.Work(1), dueAt);

        Assert.Empty(DueAt(dueAt.AddMilliseconds(-500)));
        Assert.Empty(DueAt(dueAt.AddMilliseconds(-1)));
        Assert.Equal([id], DueAt(dueAt));
    }

    [Fact]
    public void Schedule_DueMidSecondInANamedQueue_IsDueFromThatInstantNotBefore()
    {
        var dueAt = T0.AddMilliseconds(700);
        var id = new BackgroundJobClient(Storage).Schedule("critical", () => SampleJobs.Work(1), dueAt);

        Assert.Empty(DueAt(dueAt.AddMilliseconds(-500)));
        Assert.Equal([$"critical:{id}"], DueAt(dueAt));
    }

    [Fact]
    public void Schedule_DueOnAWholeSecond_IsDueFromThatSecond()
    {
        var dueAt = T0.AddSeconds(5);
        var id = new BackgroundJobClient(Storage).Schedule(() => SampleJobs.Work(1), dueAt);

        Assert.Empty(DueAt(dueAt.AddMilliseconds(-1)));
        Assert.Equal([id], DueAt(dueAt));
    }

    /// <summary>What Hangfire's delayed-job scheduler is told is due when it asks at <paramref name="now"/>.</summary>
    private List<string> DueAt(DateTimeOffset now)
    {
        Clock.SetUtcNow(now);
        return Connection.GetFirstByLowestScoreFromSet("schedule", 0, JobHelper.ToTimestamp(now.UtcDateTime), 10);
    }
}
