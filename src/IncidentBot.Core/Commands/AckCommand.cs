using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident ack [eta]</c> and the Acknowledge button: stops the escalation.</summary>
public sealed class AckCommand(IncidentResponse response, IncidentGate gate, IncidentSettings settings, IPeopleDirectory people) : IIncidentCommand, IButtonHandler
{
    public const string ButtonActionId = "incident.acknowledge";

    public string Name => "ack";

    public string Usage => "ack [eta]";

    public string Summary => "acknowledges the page (stops escalation), optionally with an ETA";

    public bool NeedsIncident => true;

    public IReadOnlyCollection<string> ActionIds => [ButtonActionId];

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AcknowledgeAsync(context.RequiredIncident, context.Actor, context.At, context.Arguments, cancellationToken);
    }

    public Task<ChatReply> HandleAsync(ButtonContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return gate.RunAsync(context.Value, incident => AcknowledgeAsync(incident, context.Actor, context.At, null, cancellationToken), cancellationToken);
    }

    private async Task<ChatReply> AcknowledgeAsync(Incident incident, Person actor, DateTimeOffset at, string? eta, CancellationToken cancellationToken)
    {
        if (!incident.Acknowledge(actor.Id, at, eta))
        {
            var when = incident.State.AcknowledgedAt is { } acknowledgedAt ? $" at {settings.Zone.FormatTime(acknowledgedAt)}" : "";
            var who = incident.State.AcknowledgedBy is { } by ? $" by {people.NameOf(by)}" : "";
            var status = IncidentCardMessage.StatusName(incident.Status);
            return ChatReply.Of(incident.Status == IncidentStatus.Acknowledged || who.Length == 0
                ? $"{incident.Key} is already {status}{who}{when}."
                : $"{incident.Key} is already {status} (acknowledged{who}{when}).");
        }

        var etaText = string.IsNullOrWhiteSpace(eta) ? "" : $" (ETA {eta.Trim()})";
        await response.CommitAsync(incident, $"*{actor.Name}* acknowledged {incident.Key}{etaText}.", cancellationToken).ConfigureAwait(false);
        return ChatReply.Of($"You acknowledged {incident.Key}; escalation stopped.");
    }
}
