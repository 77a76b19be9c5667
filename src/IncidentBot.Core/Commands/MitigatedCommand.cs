using IncidentBot.Core.Chat;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// <c>/incident mitigated [text]</c>: impact has stopped, the cause may not be fixed yet. The channel is asked to confirm
/// what the bot found in the conversation so far.
/// </summary>
public sealed class MitigatedCommand(IncidentResponse response, FindingsReview findings) : IIncidentCommand
{
    public string Name => "mitigated";

    public string Usage => "mitigated [text]";

    public string Summary => "marks the impact as stopped";

    public bool NeedsIncident => true;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var incident = context.RequiredIncident;
        if (!incident.Mitigate(context.Actor.Id, context.At, context.Arguments))
        {
            return ChatReply.Of($"{incident.Key} is already {IncidentCardMessage.StatusName(incident.Status)}.");
        }

        var text = context.Arguments.Length == 0 ? "" : $": {context.Arguments}";
        await response.CommitAsync(incident, $"*{context.Actor.Name}* marked {incident.Key} mitigated{text}", cancellationToken).ConfigureAwait(false);
        await findings.AskAsync(incident, cancellationToken).ConfigureAwait(false);
        return ChatReply.Of($"{incident.Key} is mitigated.");
    }
}
