using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Makes and removes on-call overrides, and tells every open incident whose escalation names the schedule: a change
/// of who is on call is a change of who that incident's next page reaches, so it goes on its timeline and into its
/// channel. Only appends to the incidents' timelines, so it takes none of their locks. A change may make a hand-off due
/// soon, so the hand-off messages are planned again at once (<see cref="HandOffPlanner"/>).
/// </summary>
public sealed class OnCallChanges(IScheduleOverrideStore overrides, IIncidentStore incidents, IncidentResponse response, IncidentSettings settings, HandOffPlanner handOffs)
{
    public async Task AddAsync(ScheduleOverride made, string text, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(made);
        await overrides.SaveAsync(made, cancellationToken).ConfigureAwait(false);
        await handOffs.PlanAsync(cancellationToken).ConfigureAwait(false);
        await TellAsync(made.Schedule, text, made.CreatedBy, at, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes an override; null when there is none with that id.</summary>
    public async Task<ScheduleOverride?> RemoveAsync(string id, Func<ScheduleOverride, string> text, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = await overrides.ListAsync(cancellationToken).ConfigureAwait(false);
        if (all.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.OrdinalIgnoreCase)) is not { } found
            || !await overrides.RemoveAsync(found.Id, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await handOffs.PlanAsync(cancellationToken).ConfigureAwait(false);
        await TellAsync(found.Schedule, text(found), by, at, cancellationToken).ConfigureAwait(false);
        return found;
    }

    private async Task TellAsync(string schedule, string text, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var named = settings.Escalation.Levels.SelectMany(l => l).Select(EscalationPolicy.ScheduleIn)
            .Any(s => string.Equals(s, schedule, StringComparison.OrdinalIgnoreCase));
        if (!named)
        {
            return;
        }

        foreach (var incident in await incidents.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            incident.Record(TimelineKind.OnCallChanged, text, at, by);
            await response.CommitEntryAsync(incident, new ChatMessage(text), cancellationToken).ConfigureAwait(false);
        }
    }
}
