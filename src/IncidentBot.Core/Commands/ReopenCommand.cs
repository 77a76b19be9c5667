using IncidentBot.Core.Chat;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// <c>/incident reopen [reason]</c>: the only way back from resolved. An incident nobody acknowledged waits for
/// acknowledgement again, and escalates from the reopen if nobody does.
/// </summary>
public sealed class ReopenCommand(IncidentResponse response, EscalationTimer escalation) : IIncidentCommand
{
    public string Name => "reopen";

    public string Usage => "reopen [reason]";

    public string Summary => "reopens a resolved incident";

    public bool NeedsIncident => true;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incident = context.RequiredIncident;
        if (!incident.Reopen(context.Actor.Id, context.At, context.Arguments))
        {
            return ChatReply.Of($"{incident.Key} is not resolved, so there is nothing to reopen.");
        }

        await response.CommitAsync(incident, $"*{context.Actor.Name}* reopened {incident.Key}.", cancellationToken).ConfigureAwait(false);
        escalation.Continue(incident, context.At);
        return ChatReply.Of($"{incident.Key} is open again.");
    }
}
