using System.Text;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Workflow;

/// <summary>Builds the incident card: the message at the top of the channel that always shows where things stand.</summary>
public static class IncidentCardMessage
{
    public static ChatMessage Build(Incident incident, IReadOnlyList<string> suspectChanges, IPeopleDirectory people, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(suspectChanges);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(zone);
        var state = incident.State;
        var lead = state.Lead is null ? null : people.NameOf(state.Lead);
        var acknowledgedBy = state.AcknowledgedBy is null ? null : people.NameOf(state.AcknowledgedBy);
        var card = new IncidentCard(
            incident.Key, state.Title, state.Severity.ToWireName(), StatusName(state.Status), state.Service, lead, acknowledgedBy, suspectChanges);

        var text = new StringBuilder()
            .Append('*').Append(card.Key).Append(" · ").Append(card.Title).AppendLine("*")
            .Append("Severity: ").Append(card.Severity).Append(" · Status: ").Append(card.Status)
            .Append(" · Service: ").AppendLine(card.Service ?? "unknown")
            .Append("Started: ").Append(zone.FormatTime(state.StartedAt)).Append(' ').Append(zone.Label)
            .Append(" · Lead: ").Append(lead ?? "none")
            .Append(" · Acknowledged by: ").AppendLine(acknowledgedBy ?? "nobody yet");
        foreach (var change in suspectChanges)
        {
            text.Append("Recent change: ").AppendLine(change);
        }

        return new ChatMessage(text.ToString().TrimEnd(), Buttons(incident), card);
    }

    public static string StatusName(IncidentStatus status) => status.ToString().ToLowerInvariant();

    private static List<ChatButton> Buttons(Incident incident)
    {
        var value = incident.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var buttons = new List<ChatButton>();
        if (incident.Status == IncidentStatus.Triggered)
        {
            buttons.Add(new ChatButton(AckCommand.ButtonActionId, "Acknowledge", value, ButtonStyle.Primary));
        }

        if (incident.IsOpen)
        {
            if (incident.State.Service is not null)
            {
                buttons.Add(new ChatButton(RollbackCommand.CardButtonActionId, "Rollback", value, ButtonStyle.Danger));
            }

            buttons.Add(new ChatButton(ResolveCommand.ButtonActionId, "Resolve", value));
        }

        return buttons;
    }
}
