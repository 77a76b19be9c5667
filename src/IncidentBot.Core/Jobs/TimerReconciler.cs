using IncidentBot.Core.Incidents;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Derives every timer from the stored state and schedules it again: the database is the source of truth,
/// so a bot killed while an incident waits to escalate still escalates after a restart. Every job it
/// schedules is re-entrant, so scheduling one that still exists does no harm.
/// </summary>
public sealed class TimerReconciler(
    IIncidentStore incidents, IRollbackStore rollbacks, IPostmortemStore postmortems, IOutboxStore outbox,
    IEnumerable<IOutboxDeliverer> deliverers, IJobScheduler scheduler, EscalationTimer escalation, IncidentSettings settings, TimeProvider time)
{
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var scheduled = 0;
        var open = await incidents.ListOpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var incident in open)
        {
            var state = incident.State;
            if (state.ChannelId is null || state.CardMessageId is null || state.PagedLevel == 0)
            {
                scheduler.EnqueueIncidentSetup(incident.Number);
                scheduled++;
            }
            else if (state.LastPagedAt is { } pagedAt && escalation.Continue(incident, pagedAt))
            {
                scheduled++;
            }
        }

        foreach (var incident in open.Where(i => i.State.ChannelId is not null && settings.UpdateReminderAfter > TimeSpan.Zero))
        {
            scheduler.ScheduleUpdateReminder(incident.Number, UpdateReminderJob.NextDue(incident, settings.UpdateReminderAfter));
            scheduled++;
        }

        foreach (var rollback in await rollbacks.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            if (rollback.Status == RollbackStatus.Started)
            {
                scheduler.EnqueueRollback(rollback.Id);
                scheduler.ScheduleRollbackTimeout(rollback.Id, (rollback.DecidedAt ?? rollback.RequestedAt) + settings.RollbackTimeout);
                scheduled += 2;
            }
        }

        foreach (var incident in await incidents.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var revision = incident.State.PostmortemRevision;
            var draft = revision == 0 ? null : await postmortems.GetAsync(incident.Number, cancellationToken).ConfigureAwait(false);
            if (revision > 0 && (draft is null || draft.Revision < revision || !draft.Delivered))
            {
                scheduler.EnqueuePostmortem(incident.Number, revision);
                scheduled++;
            }
        }

        foreach (var platform in deliverers.Select(d => d.Platform))
        {
            foreach (var lane in await outbox.ListPendingLanesAsync(platform, cancellationToken).ConfigureAwait(false))
            {
                scheduler.ScheduleOutbox(platform, lane, time.GetUtcNow());
                scheduled++;
            }
        }

        return scheduled;
    }
}
