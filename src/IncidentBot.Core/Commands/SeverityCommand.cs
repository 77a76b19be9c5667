using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident severity &lt;sev1..sev4&gt;</c>.</summary>
public sealed class SeverityCommand(IncidentResponse response) : IIncidentCommand
{
    public string Name => "severity";

    public string Usage => "severity <sev1|sev2|sev3|sev4>";

    public string Summary => "changes the severity";

    public bool NeedsIncident => true;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!SeverityNames.TryParse(context.Arguments, out var severity))
        {
            return ChatReply.Of($"Usage: `/incident {Usage}` (sev1 is the worst).");
        }

        var incident = context.RequiredIncident;
        if (!incident.ChangeSeverity(severity, context.Actor.Id, context.At))
        {
            return ChatReply.Of($"{incident.Key} is already {severity.ToWireName()}.");
        }

        await response.CommitAsync(incident, $"*{context.Actor.Name}* set the severity to *{severity.ToWireName()}*.", cancellationToken).ConfigureAwait(false);
        return ChatReply.Of($"{incident.Key} is now {severity.ToWireName()}.");
    }
}
