using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Time;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Reminds an open incident's channel to post a status update when stakeholders have heard nothing for a
/// while, then schedules the next check. Re-entrant: it only speaks when a reminder is really due.
/// </summary>
public sealed class UpdateReminderJob(
    IIncidentStore incidents, IncidentLocks locks, IncidentChannel channel, IJobScheduler scheduler, IncidentSettings settings, TimeProvider time)
{
    public async Task RunAsync(int incidentNumber, CancellationToken cancellationToken = default)
    {
        var interval = settings.UpdateReminderAfter;
        using var held = await locks.AcquireAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        var incident = await incidents.GetAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        if (incident is null || !incident.IsOpen || interval <= TimeSpan.Zero)
        {
            return;
        }

        var now = time.GetUtcNow();
        var due = NextDue(incident, interval);
        if (due > now)
        {
            scheduler.ScheduleUpdateReminder(incidentNumber, due);
            return;
        }

        incident.State.LastUpdateReminderAt = now;
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        await channel.PostAsync(
            incident,
            new ChatMessage($"*No status update for {Durations.Format(now - LastUpdate(incident))}.* Tell stakeholders where {incident.Key} stands: `/incident update <text>`"),
            cancellationToken).ConfigureAwait(false);
        scheduler.ScheduleUpdateReminder(incidentNumber, now + interval);
    }

    /// <summary>When the next reminder is due: an interval after the last update or reminder, whichever is later.</summary>
    public static DateTimeOffset NextDue(Incident incident, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var last = LastUpdate(incident);
        return (incident.State.LastUpdateReminderAt is { } reminded && reminded > last ? reminded : last) + interval;
    }

    private static DateTimeOffset LastUpdate(Incident incident) =>
        incident.Timeline.LastOrDefault(e => e.Kind == TimelineKind.StatusUpdate)?.At is { } updated && updated > incident.State.OpenedAt
            ? updated
            : incident.State.OpenedAt;
}
