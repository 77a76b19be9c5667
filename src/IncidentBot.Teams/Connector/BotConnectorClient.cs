using System.Globalization;
using System.Text.Json.Nodes;

using Microsoft.Extensions.Options;

namespace IncidentBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API calls the bot makes to Teams
/// (<see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference"/>):
/// send, reply, update, delete, create a 1:1 chat or a channel thread, list members. Each takes the
/// <c>serviceUrl</c> of the conversation, as the activities from it brought it (it differs by region). Failures are
/// <see cref="BotConnectorException"/>s: <see cref="BotConnectorTransientException"/> to try later,
/// <see cref="TeamsRecipientUnreachableException"/> when a person cannot be written to 1:1. Register with
/// <see cref="TeamsConnectorServiceCollectionExtensions.AddTeamsConnector"/>.
/// </summary>
public sealed class BotConnectorClient(BotConnectorTransport transport, IOptions<TeamsOptions> options)
{
    /// <summary>Posts <paramref name="activity"/> into a conversation (a chat, or a channel thread's conversation id); returns the new activity's id.</summary>
    public async Task<string> SendAsync(Uri serviceUrl, string conversationId, OutgoingActivity activity, CancellationToken cancellationToken = default)
    {
        var call = Call("SendToConversation", HttpMethod.Post, serviceUrl, $"{Conversation(conversationId)}/activities", repeatable: false);
        return await PostActivityAsync(call, Sendable(activity), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers the activity <paramref name="replyToId"/> in its conversation; returns the reply's id.</summary>
    public async Task<string> ReplyAsync(
        Uri serviceUrl, string conversationId, string replyToId, OutgoingActivity activity, CancellationToken cancellationToken = default)
    {
        var path = $"{Conversation(conversationId)}/activities/{Escaped(replyToId, nameof(replyToId))}";
        var call = Call("ReplyToActivity", HttpMethod.Post, serviceUrl, path, repeatable: false);
        return await PostActivityAsync(call, Sendable(activity) with { ReplyToId = replyToId }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the message <paramref name="activityId"/> with <paramref name="activity"/> (a card replaced by a card, text by text).</summary>
    public async Task UpdateAsync(
        Uri serviceUrl, string conversationId, string activityId, OutgoingActivity activity, CancellationToken cancellationToken = default)
    {
        var path = $"{Conversation(conversationId)}/activities/{Escaped(activityId, nameof(activityId))}";
        var call = Call("UpdateActivity", HttpMethod.Put, serviceUrl, path, repeatable: true);
        await transport.SendAsync(call, Sendable(activity) with { Id = activityId }, ConnectorJson.Default.OutgoingActivity, ConnectorJson.Default.ResourceResponse, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Deletes the message <paramref name="activityId"/>.</summary>
    public Task DeleteAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var path = $"{Conversation(conversationId)}/activities/{Escaped(activityId, nameof(activityId))}";
        return transport.SendAsync(Call("DeleteActivity", HttpMethod.Delete, serviceUrl, path, repeatable: true), cancellationToken);
    }

    /// <summary>
    /// Opens (or finds) the bot's 1:1 chat with <paramref name="memberId"/> (<c>29:…</c> or their Entra object id) in
    /// <paramref name="tenantId"/>; send to the returned id. Works only where the app is installed for the person:
    /// otherwise, or when they blocked the bot, it throws <see cref="TeamsRecipientUnreachableException"/>.
    /// </summary>
    public Task<ConversationResource> CreatePersonalConversationAsync(
        Uri serviceUrl, string memberId, string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = Bot(),
            Members = [new ConnectorAccount(memberId)],
            TenantId = tenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };

        // Teams answers with the existing chat when there is one, so asking again is harmless.
        return CreateConversationAsync(serviceUrl, parameters, repeatable: true, cancellationToken);
    }

    /// <summary>
    /// Starts a new thread in the channel <paramref name="channelId"/> (<c>19:…@thread.tacv2</c>) with
    /// <paramref name="activity"/> as its first message. The returned <see cref="ConversationResource.Id"/>
    /// (<c>19:…;messageid=…</c>) is where replies in the thread go; <see cref="ConversationResource.ActivityId"/> is the
    /// first message's id, for updating it.
    /// </summary>
    public Task<ConversationResource> CreateChannelThreadAsync(
        Uri serviceUrl, string channelId, OutgoingActivity activity, string? tenantId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        var channelData = new JsonObject { ["channel"] = new JsonObject { ["id"] = channelId } };
        if (!string.IsNullOrEmpty(tenantId))
        {
            channelData["tenant"] = new JsonObject { ["id"] = tenantId };
        }

        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Bot = Bot(),
            TenantId = string.IsNullOrEmpty(tenantId) ? null : tenantId,
            Activity = Sendable(activity),
            ChannelData = channelData,
        };
        return CreateConversationAsync(serviceUrl, parameters, repeatable: false, cancellationToken);
    }

    /// <summary>One page of the conversation's members (Teams' <c>pagedmembers</c>); pass the last page's continuation token for the next.</summary>
    public async Task<PagedMembers> GetPagedMembersAsync(
        Uri serviceUrl, string conversationId, int? pageSize = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size, nameof(pageSize));
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"{Conversation(conversationId)}/pagedmembers" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
        var call = Call("GetConversationPagedMembers", HttpMethod.Get, serviceUrl, path, repeatable: true);
        var page = await transport.GetAsync(call, ConnectorJson.Default.PagedMembers, cancellationToken)
            .ConfigureAwait(false);
        return page is null ? new PagedMembers([], null) : page with { Members = page.Members ?? [] };
    }

    private async Task<ConversationResource> CreateConversationAsync(
        Uri serviceUrl, ConversationParameters parameters, bool repeatable, CancellationToken cancellationToken)
    {
        var call = Call("CreateConversation", HttpMethod.Post, serviceUrl, "v3/conversations", repeatable);
        var created = await transport.SendAsync(call, parameters, ConnectorJson.Default.ConversationParameters, ConnectorJson.Default.ConversationResource, cancellationToken)
            .ConfigureAwait(false);
        return created is { Id.Length: > 0 }
            ? created
            : throw new BotConnectorException(call.Operation, null, "InvalidResponse", "Teams created a conversation but sent no id.");
    }

    private async Task<string> PostActivityAsync(BotConnectorCall call, OutgoingActivity activity, CancellationToken cancellationToken)
    {
        var posted = await transport.SendAsync(call, activity, ConnectorJson.Default.OutgoingActivity, ConnectorJson.Default.ResourceResponse, cancellationToken)
            .ConfigureAwait(false);
        return posted?.Id is { Length: > 0 } id
            ? id
            : throw new BotConnectorException(call.Operation, null, "InvalidResponse", "Teams accepted the activity but sent no id.");
    }

    /// <summary>The bot as a conversation's creator; none in Playground mode, which has no app id (the Playground knows its bot).</summary>
    private ConnectorAccount? Bot() => options.Value switch
    {
        { AppId: { Length: > 0 } appId } => new("28:" + appId),
        { IsPlayground: true } => null,
        _ => throw new InvalidOperationException("Teams:AppId is needed to create conversations."),
    };

    private static OutgoingActivity Sendable(OutgoingActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.EnsureSendable();
        return activity;
    }

    private static BotConnectorCall Call(string operation, HttpMethod method, Uri serviceUrl, string path, bool repeatable)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return new BotConnectorCall(operation, method, serviceUrl, path, repeatable);
    }

    private static string Conversation(string conversationId) => "v3/conversations/" + Escaped(conversationId, nameof(conversationId));

    /// <summary>Ids hold ':', ';', '=' and '@' (<c>19:…@thread.tacv2;messageid=…</c>): escaped, as the Bot Framework SDKs do.</summary>
    private static string Escaped(string id, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, name);
        return Uri.EscapeDataString(id);
    }
}
