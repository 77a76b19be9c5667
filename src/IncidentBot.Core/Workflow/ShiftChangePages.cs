using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// When someone comes on call for a schedule, pages them for every incident still waiting for an acknowledgement at a
/// level that names the schedule: that level was paged when someone else was on call, and the person who now is should
/// know too. The channel is told. Re-entrant: someone already among the level's people is not paged again.
/// </summary>
public sealed class ShiftChangePages(IIncidentStore incidents, IncidentLocks locks, Pager pager, IncidentChannel channel, IncidentSettings settings)
{
    public async Task PageAsync(string schedule, Person person, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var open in await incidents.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!Waits(open, schedule, person))
            {
                continue;
            }

            using var held = await locks.AcquireAsync(open.Number, cancellationToken).ConfigureAwait(false);
            if (await incidents.GetAsync(open.Number, cancellationToken).ConfigureAwait(false) is not { } incident || !Waits(incident, schedule, person))
            {
                continue;
            }

            await pager.PageIncomingAsync(incident, person, schedule, at, cancellationToken).ConfigureAwait(false);
            await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
            await channel.PostAsync(incident, new ChatMessage(incident.LastRecorded!.Text), cancellationToken).ConfigureAwait(false);
        }
    }

    private bool Waits(Incident incident, string schedule, Person person) =>
        incident.Status == IncidentStatus.Triggered
        && settings.Escalation.NamesSchedule(incident.State.PagedLevel, schedule)
        && !incident.State.LevelPeople.Contains(person.Id);
}
