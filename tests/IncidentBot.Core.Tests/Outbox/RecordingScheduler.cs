using IncidentBot.Core.Jobs;

namespace IncidentBot.Core.Tests.Outbox;

/// <summary>Records the outbox deliveries and escalation steps asked for, and when.</summary>
internal sealed class RecordingScheduler : IJobScheduler
{
    public List<(string Platform, string Lane, DateTimeOffset DueAt)> Outbox { get; } = [];

    public void ScheduleOutbox(string platform, string lane, DateTimeOffset dueAt) => Outbox.Add((platform, lane, dueAt));

    public void EnqueueIncidentSetup(int incidentNumber) => throw new NotSupportedException();

    public List<(int Incident, int Level, DateTimeOffset DueAt)> Escalations { get; } = [];

    public void ScheduleEscalation(int incidentNumber, int level, DateTimeOffset dueAt) => Escalations.Add((incidentNumber, level, dueAt));

    public void ScheduleUpdateReminder(int incidentNumber, DateTimeOffset dueAt) => throw new NotSupportedException();

    public void EnqueueRollback(string rollbackId) => throw new NotSupportedException();

    public void ScheduleRollbackTimeout(string rollbackId, DateTimeOffset dueAt) => throw new NotSupportedException();

    public void EnqueuePostmortem(int incidentNumber, int revision) => throw new NotSupportedException();

    public List<(string Schedule, DateTimeOffset HandOffAt, Core.OnCall.HandOffKind Kind, DateTimeOffset DueAt)> HandOffs { get; } = [];

    public void ScheduleHandOff(string schedule, DateTimeOffset handOffAt, Core.OnCall.HandOffKind kind, DateTimeOffset dueAt) => HandOffs.Add((schedule, handOffAt, kind, dueAt));
}
