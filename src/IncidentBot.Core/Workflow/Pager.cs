using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Pages people: a direct message with an Acknowledge button and an invitation to the incident channel.
/// Pages are sent before they are recorded, so a crash in between pages twice rather than never.
/// </summary>
public sealed class Pager(IChatPlatform platform, IPeopleDirectory people, IncidentSettings settings)
{
    /// <summary>Pages one level of the escalation policy and records it; false when the level does not exist.</summary>
    public async Task<bool> PageLevelAsync(Incident incident, int level, DateTimeOffset at, bool escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var targets = settings.Escalation.PeopleAt(level).Select(id => people.Find(id)).OfType<Person>().ToList();
        if (targets.Count == 0)
        {
            return false;
        }

        await PageAsync(incident, targets, level, cancellationToken).ConfigureAwait(false);
        var names = string.Join(", ", targets.Select(p => p.Name));
        var text = escalation ? $"{WhyEscalated(incident)}; escalated to level {level}: {names}" : $"Paged {names} (level {level})";
        incident.RecordPaged(level, targets.Select(p => p.Id).ToList(), text, at, by: null, escalation);
        return true;
    }

    private string WhyEscalated(Incident incident) =>
        incident.NobodyReachedAt(settings.Escalation.PeopleAt(incident.State.PagedLevel))
            ? $"Nobody at level {incident.State.PagedLevel} could be paged"
            : $"Nobody acknowledged within {Durations.Format(settings.Escalation.EscalateAfter)}";

    /// <summary>Pages one person by hand (<c>/incident page @someone</c>).</summary>
    public async Task PagePersonAsync(Incident incident, Person person, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(person);
        await PageAsync(incident, [person], level: 0, cancellationToken).ConfigureAwait(false);
        incident.RecordPaged(0, [person.Id], $"Paged {person.Name}", at, by, escalation: false);
    }

    private async Task PageAsync(Incident incident, IReadOnlyList<Person> targets, int level, CancellationToken cancellationToken)
    {
        var state = incident.State;
        var channel = state.ChannelName is null ? "" : $" Join #{state.ChannelName}.";
        var page = new ChatMessage(
            $"*You are paged for {incident.Key}: {state.Title}* ({state.Severity.ToWireName()}).{channel}",
            [new ChatButton(AckCommand.ButtonActionId, "Acknowledge", incident.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ButtonStyle.Primary)]);
        foreach (var person in targets)
        {
            var about = new MessageSubject(incident.Number, person.Id, level);
            await platform.SendDirectAsync(person, page with { About = about }, cancellationToken).ConfigureAwait(false);
        }

        if (state.ChannelId is { } channelId)
        {
            await platform.InviteAsync(channelId, targets, cancellationToken).ConfigureAwait(false);
        }
    }
}
