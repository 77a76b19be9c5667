using IncidentBot.Core.Chat;
using IncidentBot.Core.People;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary><c>/incident lead @user</c>: names the incident lead.</summary>
public sealed class LeadCommand(IncidentResponse response, IPeopleDirectory people) : IIncidentCommand
{
    public string Name => "lead";

    public string Usage => "lead @user";

    public string Summary => "makes someone the incident lead";

    public bool NeedsIncident => true;

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Mentions.Resolve(context.Arguments, context.User.Platform, people) is not { } lead)
        {
            return ChatReply.Of(context.Arguments.Length == 0
                ? $"Usage: `/incident {Usage}`"
                : Mentions.Unknown(context.Arguments, Usage));
        }

        var incident = context.RequiredIncident;
        if (!incident.AssignLead(lead.Id, lead.Name, context.Actor.Id, context.At))
        {
            return ChatReply.Of($"{lead.Name} already leads {incident.Key}.");
        }

        await response.CommitAsync(incident, $"*{lead.Name}* is now the incident lead (set by {context.Actor.Name}).", cancellationToken).ConfigureAwait(false);
        return ChatReply.Of($"{lead.Name} leads {incident.Key}.");
    }
}
