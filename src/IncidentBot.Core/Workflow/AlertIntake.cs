using IncidentBot.Core.Alerts;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Turns alerts into incidents: a firing alert whose group matches no open incident opens one; otherwise it
/// joins that incident's timeline. A repeated delivery changes nothing, also after its incident was resolved
/// (Alertmanager re-sends a firing alert every repeat_interval: the same alert with the same start is not a new
/// outage, so nobody is paged for it again; a new start is). An alert firing again on a mitigated incident takes
/// the mitigation back: the impact is not over, and an unacknowledged incident escalates again. An alert acknowledged
/// in its source (<see cref="NormalizedAlert.AcknowledgedBy"/>) acknowledges its incident, which stops the escalation.
/// </summary>
public sealed class AlertIntake(
    IIncidentStore incidents, IChangeStore changes, IncidentLocks locks, IncidentResponse response,
    IJobScheduler scheduler, EscalationTimer escalation, IncidentSettings settings, TimeProvider time)
{
    public async Task<AlertIntakeResult> ReceiveAsync(IReadOnlyList<NormalizedAlert> alerts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var result = new AlertIntakeResult();
        using var intake = await locks.AcquireAsync(IncidentLocks.IntakeKey, cancellationToken).ConfigureAwait(false);
        foreach (var alert in alerts)
        {
            var open = await incidents.FindOpenByGroupKeyAsync(alert.GroupKey, cancellationToken).ConfigureAwait(false);
            if (open is not null)
            {
                await JoinAsync(open.Number, alert, result, cancellationToken).ConfigureAwait(false);
            }
            else if (alert.Status != AlertStatus.Firing)
            {
                result.Ignored++;
            }
            else if (await AlreadyHandledAsync(alert, cancellationToken).ConfigureAwait(false))
            {
                result.Unchanged++;
            }
            else
            {
                result.Opened.Add(await OpenAsync(alert, cancellationToken).ConfigureAwait(false));
            }
        }

        return result;
    }

    /// <summary>This firing (same alert, same start) is already on the newest incident of its group, which was resolved.</summary>
    private async Task<bool> AlreadyHandledAsync(NormalizedAlert alert, CancellationToken cancellationToken) =>
        await incidents.FindLatestByGroupKeyAsync(alert.GroupKey, cancellationToken).ConfigureAwait(false) is { } latest && latest.HasFiringOf(alert);

    private async Task<int> OpenAsync(NormalizedAlert alert, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var incident = Incident.Open(alert.Title, alert.Severity ?? Severity.Sev2, alert.Service, alert.StartsAt, now, declaredBy: null);
        incident.ApplyAlert(alert, now);
        if (alert.AcknowledgedBy is { } by)
        {
            incident.Acknowledge(by, now);
        }
        var suspects = await changes.ListAsync(alert.Service, incident.State.StartedAt - settings.SuspectChangeWindow, now, cancellationToken).ConfigureAwait(false);
        foreach (var change in suspects)
        {
            incident.RecordChange(change.Id, change.Describe(), change.At, change.By);
        }

        await incidents.AddAsync(incident, cancellationToken).ConfigureAwait(false);
        scheduler.EnqueueIncidentSetup(incident.Number);
        return incident.Number;
    }

    private async Task JoinAsync(int number, NormalizedAlert alert, AlertIntakeResult result, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(number, cancellationToken).ConfigureAwait(false);
        var incident = await incidents.GetAsync(number, cancellationToken).ConfigureAwait(false);
        var wasMitigated = incident!.State.MitigatedAt is not null;
        var now = time.GetUtcNow();
        var applied = incident.ApplyAlert(alert, now);
        var acknowledged = alert.AcknowledgedBy is { } by && incident.Acknowledge(by, now);
        if (!applied && !acknowledged)
        {
            result.Unchanged++;
            return;
        }

        result.Updated.Add(number);
        var allResolved = !wasMitigated && incident.State.MitigatedAt is not null;
        var impactBack = wasMitigated && incident.State.MitigatedAt is null;
        var announcement = applied
            ? Announcement(incident, alert, allResolved, impactBack)
            : new ChatMessage($"*{alert.AcknowledgedBy}* acknowledged {incident.Key} in {alert.Source}; escalation stopped.");
        await response.CommitAsync(incident, announcement, cancellationToken).ConfigureAwait(false);
        if (impactBack)
        {
            escalation.Continue(incident, now);
        }
    }

    private static ChatMessage Announcement(Incident incident, NormalizedAlert alert, bool allResolved, bool impactBack)
    {
        if (impactBack)
        {
            return new ChatMessage($"*Alert firing again:* {alert.Title}\n{incident.Key} is no longer mitigated.");
        }

        if (allResolved)
        {
            return new ChatMessage(
                $"*Alert resolved:* {alert.Title}\nEvery alert of {incident.Key} has resolved, so it is mitigated. Resolve it when you are sure.",
                [new ChatButton(ResolveCommand.ButtonActionId, "Resolve", incident.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ButtonStyle.Primary)]);
        }

        var verb = alert.Status switch
        {
            AlertStatus.Firing => "Alert firing",
            AlertStatus.Resolved => "Alert resolved",
            _ => "Alert state unknown (its source has no data)",
        };
        return new ChatMessage($"*{verb}:* {alert.Title}");
    }
}
