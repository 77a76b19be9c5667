using System.Text;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.OnCall;

/// <summary>
/// What the people at a hand-off are told: the one coming on call, when their time on call runs and what is still open;
/// the one going off call, who they handed over to and what. Times are in the schedule's zone, where its hand-offs are
/// set, with the zone named.
/// </summary>
public static class HandOffMessages
{
    public static string Incoming(HandOff handOff, DisplayZone zone, IReadOnlyList<Incident> open, IPeopleDirectory people, IIncidentLinks links)
    {
        ArgumentNullException.ThrowIfNull(handOff);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(people);
        var until = handOff.IncomingUntil is { } end ? $" until {SpokenTimes.Format(end, zone)}" : "";
        var from = handOff.Outgoing is { } outgoing ? $", taking over from {people.NameOf(outgoing)}" : "";
        return $"*You are on call for {handOff.Schedule}* from {SpokenTimes.Format(handOff.At, zone)}{until} ({zone.Label}){from}. {OpenIncidents(open, links)}";
    }

    public static string Outgoing(HandOff handOff, DisplayZone zone, IReadOnlyList<Incident> open, IPeopleDirectory people, IIncidentLinks links)
    {
        ArgumentNullException.ThrowIfNull(handOff);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(people);
        var to = handOff.Incoming is { } incoming
            ? $"handed over to {people.NameOf(incoming)}"
            : $"nobody is on call for {handOff.Schedule} after you";
        return $"*Your {handOff.Schedule} shift ended* at {SpokenTimes.Format(handOff.At, zone)} ({zone.Label}); {to}. {OpenIncidents(open, links)}";
    }

    private static string OpenIncidents(IReadOnlyList<Incident> open, IIncidentLinks links)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(links);
        if (open.Count == 0)
        {
            return "Open incidents: none.";
        }

        var text = new StringBuilder("Open incidents:");
        foreach (var incident in open.OrderBy(i => i.Number))
        {
            var state = incident.State;
            text.Append("\n• ").Append(incident.Key).Append(" (").Append(state.Severity.ToWireName()).Append(", ")
                .Append(incident.Status.ToString().ToLowerInvariant()).Append(") ").Append(state.Title).Append(' ')
                .Append(links.RecordOf(incident.Number));
        }

        return text.ToString();
    }
}
