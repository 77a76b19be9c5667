using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.People;
using IncidentBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams.Outbound;

/// <summary>
/// Makes the Bot Connector call a Teams outbox item describes. Teams being busy or down (429, 412, 5xx, unreachable)
/// becomes "retry later", after Teams' <c>Retry-After</c> when it named one; what retrying cannot fix (a conversation
/// that is gone, a card Teams refuses, a person the bot cannot write to 1:1) rejects the item, so the lane moves on and
/// the refusal is told on the incident's timeline and in its thread. A post whose answer was lost is sent again: Teams
/// offers a bot no history to look in without Graph, so a lost answer means twice rather than never. Calls are paced
/// under Teams' rate limits (<see cref="TeamsSendPacer"/>): a lane whose conversation is at its limit comes back when it
/// has a turn, rather than being refused by Teams.
/// </summary>
public sealed class TeamsOutboxDeliverer(
    BotConnectorClient connector, TeamsAddressBook addresses, IOutboxStore outbox, IPeopleDirectory people, TeamsSendPacer pacer, TimeProvider time,
    IOptions<TeamsOptions> options)
    : IOutboxDeliverer
{
    public string Platform => TeamsOutboxKinds.Platform;

    /// <summary>
    /// One message a call. Teams takes 7 a second and 60 in 30 s per conversation, so a burst of notes drains in seconds
    /// without merging; and merged messages would share one activity, so the core updating one of them (by its outbox id)
    /// would replace the others. Merging would pay only where a channel's threads together near 1,800 an hour.
    /// </summary>
    public int Mergeable(IReadOnlyList<OutboxItem> pending) => 1;

    /// <summary>
    /// When the conversation <paramref name="next"/> goes to has its next turn under Teams' rate limits
    /// (<see cref="TeamsSendPacer"/>); a page to someone without a 1:1 chat yet waits only for the tenant's limit.
    /// </summary>
    public async Task<DateTimeOffset?> NotBeforeAsync(OutboxItem next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        var payload = JsonSerializer.Deserialize<TeamsOutboxPayload>(next.Payload) ?? new TeamsOutboxPayload();
        return pacer.NotBefore(await PacedConversationAsync(next.Kind, payload, cancellationToken).ConfigureAwait(false));
    }

    public async Task<OutboxDelivery> DeliverAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var item = items[0];
        var payload = JsonSerializer.Deserialize<TeamsOutboxPayload>(item.Payload) ?? new TeamsOutboxPayload();
        try
        {
            return item.Kind switch
            {
                TeamsOutboxKinds.Post => await PostAsync(payload.Conversation!, payload, cancellationToken).ConfigureAwait(false),
                TeamsOutboxKinds.Update => await UpdateAsync(payload, cancellationToken).ConfigureAwait(false),
                TeamsOutboxKinds.Direct => await DirectAsync(payload, cancellationToken).ConfigureAwait(false),
                _ => OutboxDelivery.Rejected($"unknown Teams outbox kind '{item.Kind}'"),
            };
        }
        catch (BotConnectorException e)
        {
            return Failure(e);
        }
    }

    private static OutboxDelivery Failure(BotConnectorException e) => e switch
    {
        BotConnectorTransientException { OutcomeUnknown: true } lost => OutboxDelivery.Unknown($"Teams' answer was lost: {lost.ErrorMessage}", lost.RetryAfter),
        BotConnectorTransientException busy => OutboxDelivery.RetryLater(busy.Message, busy.RetryAfter),
        TeamsRecipientUnreachableException { Reason: TeamsUnreachableReason.Blocked } =>
            OutboxDelivery.Rejected("they blocked IncidentBot in Teams; they must unblock it to get pages 1:1"),
        TeamsRecipientUnreachableException =>
            OutboxDelivery.Rejected("IncidentBot is not installed for them in Teams; a Teams admin must install the app for them (or they add it themselves)"),
        _ => OutboxDelivery.Rejected(e.Message),
    };

    private async Task<OutboxDelivery> PostAsync(string conversation, TeamsOutboxPayload payload, CancellationToken cancellationToken)
    {
        if (Busy(conversation) is { } busy)
        {
            return busy;
        }

        var serviceUrl = await addresses.ServiceUrlOfAsync(conversation, cancellationToken).ConfigureAwait(false);
        var id = await connector.SendAsync(serviceUrl, conversation, Activity(payload), cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered(id);
    }

    private async Task<OutboxDelivery> UpdateAsync(TeamsOutboxPayload payload, CancellationToken cancellationToken)
    {
        var activityId = payload.Target!;
        var conversation = payload.Conversation!;
        if (OutboxMessageId.TryParse(activityId, out var outboxId))
        {
            switch (await outbox.GetAsync(outboxId, cancellationToken).ConfigureAwait(false))
            {
                case { Status: OutboxStatus.Delivered, Result: { } delivered } original:
                    activityId = delivered;
                    conversation = await DeliveredConversationAsync(original, cancellationToken).ConfigureAwait(false) ?? conversation;
                    break;
                case { Status: OutboxStatus.Pending }:
                    return OutboxDelivery.RetryLater($"message {payload.Target} is not posted yet");
                default:
                    return OutboxDelivery.Rejected($"message {payload.Target} was never posted");
            }
        }

        if (Busy(conversation) is { } busy)
        {
            return busy;
        }

        var serviceUrl = await addresses.ServiceUrlOfAsync(conversation, cancellationToken).ConfigureAwait(false);
        await connector.UpdateAsync(serviceUrl, conversation, activityId, Activity(payload), cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered(activityId);
    }

    /// <summary>A page: to the person's 1:1 chat with the bot, opened (and kept) the first time.</summary>
    private async Task<OutboxDelivery> DirectAsync(TeamsOutboxPayload payload, CancellationToken cancellationToken)
    {
        var person = payload.Person is { } personId ? people.Find(personId) : null;
        if (person is null || TeamsPeople.IdOf(person) is not { } teamsId)
        {
            return OutboxDelivery.Rejected($"{person?.Name ?? payload.Person} has no Teams id: set ChatIds:teams to their Microsoft Entra object id");
        }

        var chat = await addresses.PersonalChatOfAsync(person.Id, cancellationToken).ConfigureAwait(false);
        if (chat is null)
        {
            if (Busy(null) is { } tenantBusy)
            {
                return tenantBusy;
            }

            var tenant = options.Value.TenantId ?? throw new InvalidOperationException("Teams:TenantId is required to open 1:1 chats.");
            var created = await connector.CreatePersonalConversationAsync(options.Value.ServiceUrl, teamsId, tenant, cancellationToken).ConfigureAwait(false);
            chat = new TeamsAddress(created.Id, created.ServiceUrl is { } url ? new Uri(url) : options.Value.ServiceUrl);
            await addresses.RememberPersonalChatAsync(person.Id, chat, cancellationToken).ConfigureAwait(false);
        }

        if (Busy(chat.Conversation) is { } busy)
        {
            return busy;
        }

        var id = await connector.SendAsync(chat.ServiceUrl, chat.Conversation, Activity(payload), cancellationToken).ConfigureAwait(false);
        return OutboxDelivery.Delivered(id);
    }

    /// <summary>
    /// Takes a turn for a call to <paramref name="conversation"/> (null: to the tenant only); when another lane took the
    /// last free one since <see cref="NotBeforeAsync"/> looked, the item waits for the next.
    /// </summary>
    private OutboxDelivery? Busy(string? conversation) =>
        pacer.TryTake(conversation, out var turn)
            ? null
            : OutboxDelivery.RetryLater($"Teams' rate limit for {conversation ?? "the tenant"}: next turn at {turn:O}", turn - time.GetUtcNow());

    /// <summary>The conversation an item's call goes to, as far as it is known before the call (a page's chat once opened).</summary>
    private async Task<string?> PacedConversationAsync(string kind, TeamsOutboxPayload payload, CancellationToken cancellationToken)
    {
        if (kind == TeamsOutboxKinds.Direct)
        {
            return payload.Person is { } person ? (await addresses.PersonalChatOfAsync(person, cancellationToken).ConfigureAwait(false))?.Conversation : null;
        }

        var directLane = TeamsOutboxKinds.DirectLane("");
        return payload.Conversation is { } conversation && conversation.StartsWith(directLane, StringComparison.Ordinal)
            ? (await addresses.PersonalChatOfAsync(conversation[directLane.Length..], cancellationToken).ConfigureAwait(false))?.Conversation
            : payload.Conversation;
    }

    /// <summary>Where a delivered message went (for a page, the person's 1:1 chat), which its update must go to as well.</summary>
    private async Task<string?> DeliveredConversationAsync(OutboxItem original, CancellationToken cancellationToken)
    {
        var sent = JsonSerializer.Deserialize<TeamsOutboxPayload>(original.Payload);
        return original.Kind == TeamsOutboxKinds.Direct && sent?.Person is { } personId
            ? (await addresses.PersonalChatOfAsync(personId, cancellationToken).ConfigureAwait(false))?.Conversation
            : sent?.Conversation;
    }

    private static OutgoingActivity Activity(TeamsOutboxPayload payload)
    {
        var card = OutgoingActivity.Card(JsonNode.Parse(payload.Card)!, payload.Summary);
        return payload.Alert ? card with { ChannelData = new JsonObject { ["notification"] = new JsonObject { ["alert"] = true } } } : card;
    }
}
