using System.Collections.Concurrent;
using System.Text.Json;
using IncidentBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams.Outbound;

/// <summary>
/// The conversation references Teams' proactive messages need, kept in the bot's database
/// (<see cref="IPlatformAddressStore"/>) so a restart loses none: each conversation's regional service address, as the
/// activities from it bring it, and each person's 1:1 chat with the bot. A thread (<c>19:…;messageid=…</c>) is reached
/// through its channel's address; a conversation nothing came from yet through <see cref="TeamsOptions.ServiceUrl"/>.
/// What is known is also held in memory, so an activity that brings nothing new writes nothing.
/// </summary>
public sealed class TeamsAddressBook(IPlatformAddressStore store, IOptions<TeamsOptions> options, TimeProvider time)
{
    private const string ConversationKey = "conversation:";
    private const string PersonKey = "person:";

    private readonly ConcurrentDictionary<string, TeamsAddress> _known = new(StringComparer.Ordinal);

    /// <summary>The service address to reach <paramref name="conversationId"/> at.</summary>
    public async Task<Uri> ServiceUrlOfAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var address = await FindAsync(ConversationKey + conversationId, cancellationToken).ConfigureAwait(false)
            ?? await FindAsync(ConversationKey + ChannelOf(conversationId), cancellationToken).ConfigureAwait(false);
        return address?.ServiceUrl ?? options.Value.ServiceUrl;
    }

    /// <summary>Keeps the service address an activity from <paramref name="conversationId"/> came with.</summary>
    public Task RememberConversationAsync(string conversationId, Uri serviceUrl, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return SaveAsync(ConversationKey + ChannelOf(conversationId), new TeamsAddress(ChannelOf(conversationId), serviceUrl), cancellationToken);
    }

    /// <summary>The bot's 1:1 chat with a person, once it was opened or the person wrote to the bot; null before.</summary>
    public Task<TeamsAddress?> PersonalChatOfAsync(string personId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        return FindAsync(PersonKey + personId, cancellationToken);
    }

    public Task RememberPersonalChatAsync(string personId, TeamsAddress chat, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        return SaveAsync(PersonKey + personId, chat, cancellationToken);
    }

    /// <summary>The channel a thread belongs to (<c>19:…@thread.tacv2;messageid=42</c> → <c>19:…@thread.tacv2</c>); other ids as they are.</summary>
    public static string ChannelOf(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var thread = conversationId.IndexOf(";messageid=", StringComparison.Ordinal);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    private async Task<TeamsAddress?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        var json = await store.FindAsync(TeamsOutboxKinds.Platform, key, cancellationToken).ConfigureAwait(false);
        if (json is null || JsonSerializer.Deserialize<TeamsAddress>(json) is not { } stored)
        {
            return null;
        }

        _known.TryAdd(key, stored);
        return stored;
    }

    private async Task SaveAsync(string key, TeamsAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (await FindAsync(key, cancellationToken).ConfigureAwait(false) == address)
        {
            return;
        }

        await store.SaveAsync(TeamsOutboxKinds.Platform, key, JsonSerializer.Serialize(address), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        _known[key] = address;
    }
}
