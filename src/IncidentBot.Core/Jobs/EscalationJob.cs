using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Pages the next level when nobody acknowledged in time. Re-entrant: a level already paged, or an incident
/// no longer waiting for acknowledgement, makes it do nothing.
/// </summary>
public sealed class EscalationJob(
    IIncidentStore incidents, IncidentLocks locks, Pager pager, IncidentChannel channel, EscalationTimer escalation, IncidentSettings settings, TimeProvider time)
{
    public async Task RunAsync(int incidentNumber, int level, CancellationToken cancellationToken = default)
    {
        using var held = await locks.AcquireAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        var incident = await incidents.GetAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        if (incident is null || incident.Status != IncidentStatus.Triggered || incident.State.PagedLevel >= level)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (level > settings.Escalation.LevelCount)
        {
            incident.State.PagedLevel = level;
            await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
            await channel.PostAsync(
                incident,
                new ChatMessage($"*Every on-call level has been paged and nobody has acknowledged {incident.Key}.* Page someone with `/incident page @person`."),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        await pager.PageLevelAsync(incident, level, now, escalation: true, cancellationToken).ConfigureAwait(false);
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        await channel.PostAsync(incident, new ChatMessage(incident.LastRecorded!.Text), cancellationToken).ConfigureAwait(false);
        escalation.Continue(incident, now);
    }
}
