using IncidentBot.Core.Outbox;
using IncidentBot.Core.Storage;
using IncidentBot.Teams.Outbound;

namespace IncidentBot.Teams.Inbound;

/// <summary>The id the core knows a Teams message by: its outbox id (<c>ob-42</c>) when the bot posted it, else the Teams activity id.</summary>
public sealed class TeamsMessageIds(IOutboxStore outbox)
{
    public async Task<string> CoreIdAsync(string conversation, string? activityId, CancellationToken cancellationToken = default)
    {
        if (activityId is null)
        {
            return "";
        }

        var item = await outbox.FindDeliveredAsync(TeamsOutboxKinds.Platform, conversation, activityId, cancellationToken).ConfigureAwait(false);
        return item is null ? activityId : OutboxMessageId.Of(item.Id);
    }
}
