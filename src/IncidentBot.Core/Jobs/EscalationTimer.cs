using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Keeps the escalation chain going from what is stored: while an incident waits for acknowledgement, the level
/// after the last one paged is due <see cref="EscalationPolicy.EscalateAfter"/> after the wait began. Whatever
/// moves the chain by hand (a level paged from the channel, an alert firing again, a reopen) or finds it broken
/// (a restart) schedules the next step here; <see cref="EscalationJob"/> is re-entrant, so a step scheduled twice
/// pages once.
/// </summary>
public sealed class EscalationTimer(IJobScheduler scheduler, IncidentSettings settings)
{
    /// <summary>
    /// Schedules the next level <see cref="EscalationPolicy.EscalateAfter"/> after <paramref name="waitingSince"/>;
    /// false (and nothing scheduled) when the incident is not waiting for acknowledgement, nobody was paged yet
    /// (its setup pages the first level), or the channel was already told every level has been paged.
    /// </summary>
    public bool Continue(Incident incident, DateTimeOffset waitingSince)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var level = incident.State.PagedLevel;
        if (incident.Status != IncidentStatus.Triggered || level == 0 || level > settings.Escalation.LevelCount)
        {
            return false;
        }

        scheduler.ScheduleEscalation(incident.Number, level + 1, waitingSince + settings.Escalation.EscalateAfter);
        return true;
    }
}
