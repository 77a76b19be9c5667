using IncidentBot.Core.Chat;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Tells one side of a schedule's hand-off: the person coming on call (with what is still open) or the person going
/// off call (who they handed over to); or, at the hand-off, pages the person coming on call for the incidents still
/// waiting for an acknowledgement at a level naming the schedule (<see cref="ShiftChangePages"/>). Who that is is worked out when the job runs, from the schedule and the
/// overrides as they are then, so an override or a swap made after the job was planned changes who is told. Re-entrant:
/// what was sent is recorded (<see cref="IHandOffLog"/>), and a message already recorded is not sent again. A crash
/// between the send and the record sends it twice rather than never, as a page would be.
/// </summary>
public sealed class HandOffJob(
    OnCallRoster roster, IScheduleOverrideStore overrides, IHandOffLog log, HandOffLocks locks, IIncidentStore incidents,
    IChatPlatform platform, IPeopleDirectory people, IIncidentLinks links, ShiftChangePages pages, TimeProvider time)
{
    public async Task RunAsync(string schedule, DateTimeOffset at, HandOffKind kind, CancellationToken cancellationToken = default)
    {
        if (roster.Find(schedule) is not { } found)
        {
            return;
        }

        var made = await overrides.ListAsync(cancellationToken).ConfigureAwait(false);
        if (found.HandOffs(at, at, made).FirstOrDefault(h => h.At == at) is not { } handOff
            || handOff.PersonFor(kind) is not { } personId
            || people.Find(personId) is not { } person)
        {
            return;
        }

        var key = SentHandOff.KeyOf(found.Name, at, kind, personId);
        using var held = await locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        if (await log.WasSentAsync(key, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (kind == HandOffKind.Page)
        {
            await pages.PageAsync(found.Name, person, at, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var open = await incidents.ListOpenAsync(cancellationToken).ConfigureAwait(false);
            var text = kind == HandOffKind.Incoming
                ? HandOffMessages.Incoming(handOff, found.Zone, open, people, links)
                : HandOffMessages.Outgoing(handOff, found.Zone, open, people, links);
            await platform.SendDirectAsync(person, new ChatMessage(text), cancellationToken).ConfigureAwait(false);
        }

        await log.RecordAsync(new SentHandOff(found.Name, at, kind, personId, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }
}
