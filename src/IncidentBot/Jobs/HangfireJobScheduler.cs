using System.Collections.Concurrent;
using Hangfire;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.Outbox;

namespace IncidentBot.Jobs;

/// <summary>
/// Runs the core's jobs on Hangfire; each job gets ids only and reloads what it needs. An outbox lane due now is
/// enqueued (a worker starts it within milliseconds); one due within <see cref="ShortWait"/> (its turn in
/// Slack's one message a second per channel) is enqueued by a timer at its time, because a delayed Hangfire job
/// starts only at the next schedule poll, up to half a second late, which is a third of a page's budget. Such a
/// timer does not survive a restart, and needs not: at start every lane with pending items is woken
/// (<see cref="TimerReconciler"/>). Longer waits (Retry-After, backoff) are Hangfire's delayed jobs.
/// </summary>
public sealed partial class HangfireJobScheduler(IBackgroundJobClient jobs, OutboxWakeups wakeups, TimeProvider time, ILogger<HangfireJobScheduler> logger)
    : IJobScheduler, IDisposable
{
    public static readonly TimeSpan ShortWait = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<ITimer, byte> _timers = new();

    public void EnqueueIncidentSetup(int incidentNumber) =>
        jobs.Enqueue<IncidentSetupJob>(job => job.RunAsync(incidentNumber, CancellationToken.None));

    public void ScheduleEscalation(int incidentNumber, int level, DateTimeOffset dueAt) =>
        jobs.Schedule<EscalationJob>(job => job.RunAsync(incidentNumber, level, CancellationToken.None), dueAt);

    public void ScheduleUpdateReminder(int incidentNumber, DateTimeOffset dueAt) =>
        jobs.Schedule<UpdateReminderJob>(job => job.RunAsync(incidentNumber, CancellationToken.None), dueAt);

    public void EnqueueRollback(string rollbackId) =>
        jobs.Enqueue<RollbackJob>(job => job.RunAsync(rollbackId, CancellationToken.None));

    public void ScheduleRollbackTimeout(string rollbackId, DateTimeOffset dueAt) =>
        jobs.Schedule<RollbackTimeoutJob>(job => job.RunAsync(rollbackId, CancellationToken.None), dueAt);

    public void ScheduleOutbox(string platform, string lane, DateTimeOffset dueAt)
    {
        var wait = dueAt - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            EnqueueOutbox(platform, lane);
        }
        else if (wait <= ShortWait)
        {
            EnqueueOutboxLater(platform, lane, wait);
        }
        else
        {
            jobs.Schedule<OutboxJob>(job => job.RunAsync(platform, lane, CancellationToken.None), dueAt);
        }
    }

    public void ScheduleHandOff(string schedule, DateTimeOffset handOffAt, HandOffKind kind, DateTimeOffset dueAt) =>
        jobs.Schedule<HandOffJob>(job => job.RunAsync(schedule, handOffAt, kind, CancellationToken.None), dueAt);

    public void EnqueuePostmortem(int incidentNumber, int revision) =>
        jobs.Enqueue<PostmortemJob>(job => job.RunAsync(incidentNumber, revision, CancellationToken.None));

    public void Dispose()
    {
        foreach (var timer in _timers.Keys)
        {
            timer.Dispose();
        }

        _timers.Clear();
    }

    private void EnqueueOutbox(string platform, string lane) =>
        jobs.Enqueue<OutboxJob>(job => job.RunAsync(platform, lane, CancellationToken.None));

    private void EnqueueOutboxLater(string platform, string lane, TimeSpan wait)
    {
        ITimer? timer = null;
        timer = time.CreateTimer(state =>
        {
            _timers.TryRemove(timer!, out _);
            timer!.Dispose();
            try
            {
                EnqueueOutbox(platform, lane);
            }
            catch (Exception e)
            {
                // A timer has nobody to throw to. The lane no longer counts as having a job waiting, so its next
                // message wakes it again; what is pending now is delivered then, or at the next start.
                wakeups.Started(platform, lane);
                LogNotEnqueued(logger, e, platform, lane);
            }
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timers[timer] = 0;
        timer.Change(wait, Timeout.InfiniteTimeSpan);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not start the delivery of outbox lane {Platform}/{Lane} at its turn")]
    private static partial void LogNotEnqueued(ILogger logger, Exception exception, string platform, string lane);
}
