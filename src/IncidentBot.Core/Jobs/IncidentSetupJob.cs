using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Sets a new incident up on the chat platform: channel, card, bookmarks, first page, escalation timer. Each step is
/// saved as it is done, so a second run (or a run after a crash) does only what is missing. A channel the platform
/// opened somewhere else than it should have says why (<see cref="ChannelRef.Notice"/>): that goes on the timeline and
/// into the channel, as a refused page does.
/// </summary>
public sealed class IncidentSetupJob(
    IIncidentStore incidents, IncidentLocks locks, IncidentChannel channel, Pager pager, IJobScheduler scheduler, EscalationTimer escalation,
    IChatPlatform platform, IncidentSettings settings, TimeProvider time)
{
    public async Task RunAsync(int incidentNumber, CancellationToken cancellationToken = default)
    {
        using var held = await locks.AcquireAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        var incident = await incidents.GetAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return;
        }

        if (incident.State.ChannelId is null)
        {
            var opened = await platform.OpenIncidentChannelAsync(
                ChannelNames.For(incident), Topic(incident), incident.State.OpenedAt, cancellationToken).ConfigureAwait(false);
            incident.AttachChannel(opened.Id, opened.Name, time.GetUtcNow());
            if (opened.Notice is { } notice)
            {
                incident.Record(TimelineKind.MessageFailed, notice, time.GetUtcNow());
            }

            await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
            if (opened.Notice is { } told)
            {
                await platform.PostAsync(opened.Id, new ChatMessage($"*{told}*"), cancellationToken).ConfigureAwait(false);
            }

            await AnnounceAsync(incident, cancellationToken).ConfigureAwait(false);
            if (settings.UpdateReminderAfter > TimeSpan.Zero)
            {
                scheduler.ScheduleUpdateReminder(incident.Number, incident.State.OpenedAt + settings.UpdateReminderAfter);
            }
        }

        if (incident.State.CardMessageId is null)
        {
            await channel.ShowCardAsync(incident, cancellationToken).ConfigureAwait(false);
            await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        }

        await channel.BookmarkAlertLinksAsync(incident, cancellationToken).ConfigureAwait(false);
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);

        if (incident.State.PagedLevel == 0 && incident.Status == IncidentStatus.Triggered)
        {
            var now = time.GetUtcNow();
            if (await pager.PageLevelAsync(incident, 1, now, escalation: false, cancellationToken).ConfigureAwait(false) is { } paged)
            {
                await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
                if (paged.NobodyOnCall)
                {
                    await channel.PostAsync(incident, new ChatMessage($"*{paged.Text}.*"), cancellationToken).ConfigureAwait(false);
                }

                escalation.Continue(incident, now);
            }
        }
    }

    private static string Topic(Incident incident) =>
        $"{incident.Key} · {incident.State.Severity.ToWireName()} · {incident.State.Title}";

    private async Task AnnounceAsync(Incident incident, CancellationToken cancellationToken)
    {
        if (settings.IncidentsChannelId is { } announcements)
        {
            await platform.PostAsync(
                announcements,
                new ChatMessage($"*{incident.Key}* ({incident.State.Severity.ToWireName()}) {incident.State.Title}: join #{incident.State.ChannelName}", About: new MessageSubject(incident.Number)),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
