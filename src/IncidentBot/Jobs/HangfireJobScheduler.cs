using Hangfire;
using IncidentBot.Core.Jobs;

namespace IncidentBot.Jobs;

/// <summary>Runs the core's jobs on Hangfire; each job gets ids only and reloads what it needs.</summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient jobs) : IJobScheduler
{
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

    public void ScheduleOutbox(string platform, string lane, DateTimeOffset dueAt) =>
        jobs.Schedule<OutboxJob>(job => job.RunAsync(platform, lane, CancellationToken.None), dueAt);

    public void EnqueuePostmortem(int incidentNumber, int revision) =>
        jobs.Enqueue<PostmortemJob>(job => job.RunAsync(incidentNumber, revision, CancellationToken.None));
}
