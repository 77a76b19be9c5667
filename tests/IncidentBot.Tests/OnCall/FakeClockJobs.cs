using IncidentBot.Core.Jobs;
using IncidentBot.Core.OnCall;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Tests.OnCall;

/// <summary>Runs the bot's real jobs on a <see cref="FakeTimeProvider"/>: each waits for its due time and runs when the test lets time pass it.</summary>
public sealed class FakeClockJobs(IServiceProvider services, FakeTimeProvider time) : IJobScheduler
{
    private readonly PriorityQueue<Func<Task>, (DateTimeOffset Due, long Order)> _due = new();
    private long _order;

    public List<(int Incident, int Level, DateTimeOffset DueAt)> Escalations { get; } = [];

    public void EnqueueIncidentSetup(int incidentNumber) =>
        At(time.GetUtcNow(), () => services.GetRequiredService<IncidentSetupJob>().RunAsync(incidentNumber));

    public void ScheduleEscalation(int incidentNumber, int level, DateTimeOffset dueAt)
    {
        Escalations.Add((incidentNumber, level, dueAt));
        At(dueAt, () => services.GetRequiredService<EscalationJob>().RunAsync(incidentNumber, level));
    }

    public void ScheduleUpdateReminder(int incidentNumber, DateTimeOffset dueAt) =>
        At(dueAt, () => services.GetRequiredService<UpdateReminderJob>().RunAsync(incidentNumber));

    public void EnqueueRollback(string rollbackId) => throw new NotSupportedException();

    public void ScheduleRollbackTimeout(string rollbackId, DateTimeOffset dueAt) => throw new NotSupportedException();

    public void ScheduleOutbox(string platform, string lane, DateTimeOffset dueAt) =>
        At(dueAt, () => services.GetRequiredService<OutboxJob>().RunAsync(platform, lane));

    public List<(string Schedule, DateTimeOffset HandOffAt, HandOffKind Kind, DateTimeOffset DueAt)> HandOffs { get; } = [];

    public void ScheduleHandOff(string schedule, DateTimeOffset handOffAt, HandOffKind kind, DateTimeOffset dueAt)
    {
        HandOffs.Add((schedule, handOffAt, kind, dueAt));
        At(dueAt, () => services.GetRequiredService<HandOffJob>().RunAsync(schedule, handOffAt, kind));
    }

    public void EnqueuePostmortem(int incidentNumber, int revision) =>
        At(time.GetUtcNow(), () => services.GetRequiredService<PostmortemJob>().RunAsync(incidentNumber, revision));

    /// <summary>Runs, in order, every job due up to <paramref name="until"/>, moving the clock to each one's time.</summary>
    public async Task RunDueAsync(DateTimeOffset until)
    {
        while (_due.TryPeek(out _, out var key) && key.Due <= until)
        {
            var work = _due.Dequeue();
            if (key.Due > time.GetUtcNow())
            {
                time.SetUtcNow(key.Due);
            }

            await work();
        }

        if (until > time.GetUtcNow())
        {
            time.SetUtcNow(until);
        }
    }

    private void At(DateTimeOffset due, Func<Task> work) => _due.Enqueue(work, (due, _order++));
}
