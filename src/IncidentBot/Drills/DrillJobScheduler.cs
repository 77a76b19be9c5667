using IncidentBot.Core.Jobs;
using IncidentBot.Core.OnCall;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Drills;

/// <summary>
/// Runs the bot's real job classes on the drill clock: jobs wait in due-time order and run when the runner
/// lets time pass them. Jobs enqueued "now" run before the next step.
/// </summary>
public sealed class DrillJobScheduler(IServiceProvider services, DrillClock clock) : IJobScheduler
{
    private readonly PriorityQueue<Func<Task>, (DateTimeOffset Due, long Order)> _due = new();
    private long _order;

    public void EnqueueIncidentSetup(int incidentNumber) =>
        At(clock.GetUtcNow(), () => services.GetRequiredService<IncidentSetupJob>().RunAsync(incidentNumber));

    public void ScheduleEscalation(int incidentNumber, int level, DateTimeOffset dueAt) =>
        At(dueAt, () => services.GetRequiredService<EscalationJob>().RunAsync(incidentNumber, level));

    public void ScheduleUpdateReminder(int incidentNumber, DateTimeOffset dueAt) =>
        At(dueAt, () => services.GetRequiredService<UpdateReminderJob>().RunAsync(incidentNumber));

    public void EnqueueRollback(string rollbackId) =>
        At(clock.GetUtcNow(), () => services.GetRequiredService<RollbackJob>().RunAsync(rollbackId));

    public void ScheduleRollbackTimeout(string rollbackId, DateTimeOffset dueAt) =>
        At(dueAt, () => services.GetRequiredService<RollbackTimeoutJob>().RunAsync(rollbackId));

    public void ScheduleOutbox(string platform, string lane, DateTimeOffset dueAt) =>
        At(dueAt, () => services.GetRequiredService<OutboxJob>().RunAsync(platform, lane));

    public void ScheduleHandOff(string schedule, DateTimeOffset handOffAt, HandOffKind kind, DateTimeOffset dueAt) =>
        At(dueAt, () => services.GetRequiredService<HandOffJob>().RunAsync(schedule, handOffAt, kind));

    public void EnqueuePostmortem(int incidentNumber, int revision) =>
        At(clock.GetUtcNow(), () => services.GetRequiredService<PostmortemJob>().RunAsync(incidentNumber, revision));

    /// <summary>Runs something else (the simulated deploy system finishing) at a time on the drill clock.</summary>
    public void At(DateTimeOffset due, Func<Task> work) => _due.Enqueue(work, (due, _order++));

    /// <summary>Runs <paramref name="work"/> now and again every <paramref name="interval"/> on the drill clock, as the host's recurring work runs.</summary>
    public void Every(TimeSpan interval, Func<Task> work) => Every(interval, clock.GetUtcNow(), work);

    private void Every(TimeSpan interval, DateTimeOffset due, Func<Task> work) => At(due, async () =>
    {
        await work().ConfigureAwait(false);
        Every(interval, due + interval, work);
    });

    /// <summary>Runs, in order, every job due up to <paramref name="until"/>, moving the clock to each one's time.</summary>
    public async Task RunDueAsync(DateTimeOffset until)
    {
        while (_due.TryPeek(out _, out var key) && key.Due <= until)
        {
            var work = _due.Dequeue();
            clock.MoveTo(key.Due);
            await work().ConfigureAwait(false);
        }

        clock.MoveTo(until);
    }
}
