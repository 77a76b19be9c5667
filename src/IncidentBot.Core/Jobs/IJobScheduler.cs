namespace IncidentBot.Core.Jobs;

/// <summary>
/// Runs the bot's background work. Jobs take ids only, reload what they need and are safe to run twice;
/// schedule them after the state they act on is saved.
/// </summary>
public interface IJobScheduler
{
    /// <summary>Opens the channel of a new incident, posts its card and pages the first level.</summary>
    void EnqueueIncidentSetup(int incidentNumber);

    /// <summary>Pages <paramref name="level"/> of the escalation policy at <paramref name="dueAt"/> unless the incident was acknowledged.</summary>
    void ScheduleEscalation(int incidentNumber, int level, DateTimeOffset dueAt);

    /// <summary>Reminds the channel to post a status update at <paramref name="dueAt"/> if nobody has by then.</summary>
    void ScheduleUpdateReminder(int incidentNumber, DateTimeOffset dueAt);

    /// <summary>Asks the deploy system for a confirmed rollback.</summary>
    void EnqueueRollback(string rollbackId);

    /// <summary>Fails a started rollback at <paramref name="dueAt"/> if the deploy system has reported no outcome by then.</summary>
    void ScheduleRollbackTimeout(string rollbackId, DateTimeOffset dueAt);

    /// <summary>Delivers a lane of a platform's outbox at <paramref name="dueAt"/> (now, when it is due already).</summary>
    void ScheduleOutbox(string platform, string lane, DateTimeOffset dueAt);

    /// <summary>
    /// Tells one side of <paramref name="schedule"/>'s hand-off at <paramref name="handOffAt"/> (<see cref="HandOffJob"/>),
    /// at <paramref name="dueAt"/>.
    /// </summary>
    void ScheduleHandOff(string schedule, DateTimeOffset handOffAt, OnCall.HandOffKind kind, DateTimeOffset dueAt);

    /// <summary>Drafts and delivers revision <paramref name="revision"/> of an incident's postmortem.</summary>
    void EnqueuePostmortem(int incidentNumber, int revision);
}
