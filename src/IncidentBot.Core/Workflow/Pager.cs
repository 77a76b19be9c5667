using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Pages people: a direct message with an Acknowledge button and an invitation to the incident channel.
/// Pages are sent before they are recorded, so a crash in between pages twice rather than never. A level naming a
/// schedule pages whoever is on call at that moment; a level with nobody on call is passed over for the next at once
/// (waiting on it would wait for nobody), and the timeline says so.
/// </summary>
public sealed class Pager(IChatPlatform platform, IPeopleDirectory people, OnCallRoster roster, IncidentSettings settings)
{
    /// <summary>
    /// Pages a level of the escalation policy (or the first after it with anybody on call) and records it; null when
    /// the level does not exist. When no level from it on has anybody, records that people must page by hand.
    /// </summary>
    public async Task<LevelPage?> PageLevelAsync(Incident incident, int level, DateTimeOffset at, bool escalation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (level < 1 || level > settings.Escalation.LevelCount)
        {
            return null;
        }

        var why = escalation ? WhyEscalated(incident) : null;
        var nobody = new List<string>();
        for (var current = level; current <= settings.Escalation.LevelCount; current++)
        {
            var onCall = await roster.LevelAtAsync(current, at, cancellationToken).ConfigureAwait(false);
            nobody.AddRange(onCall.EmptySchedules.Select(s => $"nobody is on call for {s} (level {current}) at {settings.Zone.FormatTime(at)}"));
            var targets = onCall.PersonIds.Select(people.Find).OfType<Person>().ToList();
            if (targets.Count == 0)
            {
                continue;
            }

            await PageAsync(incident, targets, current, cancellationToken).ConfigureAwait(false);
            var text = Sentence(why, nobody, current, string.Join(", ", targets.Select(p => p.Name)), escalation);
            incident.RecordPaged(current, targets.Select(p => p.Id).ToList(), text, at, by: null, escalation);
            return new LevelPage(current, text, nobody.Count > 0);
        }

        var none = Capitalize(string.Join("; ", [.. why is null ? Array.Empty<string>() : [why], .. nobody]))
            + "; nobody else is on call at any level. Page someone by hand with `/incident page @person`";
        var pastLast = settings.Escalation.LevelCount + 1;
        incident.RecordNobodyOnCall(pastLast, none, at, escalation);
        return new LevelPage(pastLast, none, NobodyOnCall: true);
    }

    private static string Sentence(string? why, List<string> nobody, int level, string names, bool escalation)
    {
        if (why is null && nobody.Count == 0)
        {
            return $"Paged {names} (level {level})";
        }

        var reasons = string.Join("; ", [.. why is null ? Array.Empty<string>() : [why], .. nobody]);
        return Capitalize($"{reasons}; {(escalation ? "escalated to" : "paged")} level {level}: {names}");
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private string WhyEscalated(Incident incident) =>
        incident.NobodyReachedAtPagedLevel()
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

    /// <summary>
    /// Pages who came on call for <paramref name="schedule"/> while the incident waits at a level naming it: they join
    /// that level's people (their acknowledgement counts as the level's), and the wait for the next level goes on as it was.
    /// </summary>
    public async Task PageIncomingAsync(Incident incident, Person person, string schedule, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(person);
        var level = incident.State.PagedLevel;
        await PageAsync(incident, [person], level, cancellationToken).ConfigureAwait(false);
        incident.RecordPaged(level, [person.Id], $"{person.Name} came on call for {schedule}: paged {person.Name} (level {level})", at, by: null, escalation: false);
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
