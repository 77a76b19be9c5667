using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// A message the platform refused for good is never silent: it goes on its incident's timeline ("Page to Ada
/// failed: …"), a refused page is told in the incident channel, and a level of the escalation policy none of whose
/// people could be paged is escalated at once. Waiting <see cref="EscalationPolicy.EscalateAfter"/> for an
/// acknowledgement from people who were never told only delays the response; paging them again would be refused
/// the same way. (PagerDuty and Grafana OnCall log a failed notification and let the escalation run on; here the
/// only way to reach a person is the one that failed, so the chain runs on at once.)
/// </summary>
public sealed class RefusedMessages(
    IIncidentStore incidents, IncidentLocks locks, IChatPlatform platform, IPeopleDirectory people,
    IJobScheduler scheduler, TimeProvider time) : IRefusedDeliveries
{
    public async Task ReportAsync(IReadOnlyList<OutboxItem> items, string? error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var about in items.Where(i => i.IncidentNumber is not null).GroupBy(i => i.IncidentNumber!.Value))
        {
            await ReportAsync(about.Key, [.. about], error ?? "refused", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReportAsync(int incidentNumber, IReadOnlyList<OutboxItem> refused, string error, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        if (await incidents.GetAsync(incidentNumber, cancellationToken).ConfigureAwait(false) is not { } incident)
        {
            return;
        }

        var now = time.GetUtcNow();
        var pages = refused.Where(i => i.PagedPerson is not null).ToList();
        var notices = new List<string>();
        foreach (var page in pages)
        {
            var text = $"Page to {people.Find(page.PagedPerson!)?.Name ?? page.PagedPerson} failed: {error}";
            incident.RecordPageFailed(page.PagedPerson!, page.PagedLevel, text, now);
            notices.Add(text);
        }

        if (refused.Count > pages.Count)
        {
            var count = refused.Count - pages.Count;
            incident.Record(TimelineKind.MessageFailed, count == 1 ? $"A message was not delivered: {error}" : $"{count} messages were not delivered: {error}", now);
        }

        var level = incident.State.PagedLevel;
        var escalate = pages.Count > 0 && incident.NobodyReachedAtPagedLevel();
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        if (escalate)
        {
            scheduler.ScheduleEscalation(incident.Number, level + 1, now); // it says so in the channel itself
        }

        // A refused channel message is not told in the channel (it would most likely be refused the same way); a
        // notice is about nothing, so its own refusal cannot start another.
        if (notices.Count > 0 && incident.State.ChannelId is { } channelId)
        {
            await platform.PostAsync(channelId, new ChatMessage($"*{string.Join("\n", notices)}*"), cancellationToken).ConfigureAwait(false);
        }
    }
}
