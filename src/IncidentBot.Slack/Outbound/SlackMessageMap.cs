using IncidentBot.Core.Outbox;

namespace IncidentBot.Slack.Outbound;

/// <summary>Maps a Slack <c>ts</c> back to the outbox id the core knows the bot's message by.</summary>
public sealed class SlackMessageMap(IOutboxStore outbox) : ISlackMessageMap
{
    public async Task<string> CoreIdAsync(string channelId, string ts, CancellationToken cancellationToken = default)
    {
        var item = await outbox.FindDeliveredAsync(SlackOutboxKinds.Platform, channelId, ts, cancellationToken).ConfigureAwait(false);
        return item is null ? ts : OutboxMessageId.Of(item.Id);
    }
}
