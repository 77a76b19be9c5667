using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident update &lt;text&gt;</c>: a stakeholder update, also posted where incidents are announced.</summary>
public sealed class UpdateCommand(IncidentResponse response, IChatPlatform platform, IncidentSettings settings) : TimelineTextCommand(response)
{
    public override string Name => "update";

    public override string Summary => "posts a status update for stakeholders";

    protected override TimelineKind Kind => TimelineKind.StatusUpdate;

    protected override string Label => "Status update";

    protected override async Task AfterAsync(Incident incident, CommandContext context, CancellationToken cancellationToken)
    {
        if (settings.IncidentsChannelId is { } stakeholders)
        {
            var status = IncidentCardMessage.StatusName(incident.Status);
            await platform.PostAsync(stakeholders, new ChatMessage($"*{incident.Key} update* ({status}): {context.Arguments}", About: new MessageSubject(incident.Number)), cancellationToken).ConfigureAwait(false);
        }
    }
}
