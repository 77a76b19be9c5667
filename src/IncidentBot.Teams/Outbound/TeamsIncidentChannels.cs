using System.Collections.Concurrent;
using System.Text.Json;
using IncidentBot.Core.Storage;

namespace IncidentBot.Teams.Outbound;

/// <summary>
/// The channels that are an incident's own (created in <see cref="TeamsOptions.IncidentsTeamId"/>), each with the
/// conversation id the core knows the incident's channel by: the thread its card started
/// (<c>19:…@thread.tacv2;messageid=…</c>). With <c>ChannelMessage.Read.Group</c> Teams sends the bot every message
/// of such a channel, a post of its own as a thread of its own (<c>19:…;messageid=&lt;the post&gt;</c>); mapped here
/// to the incident's id, anything written anywhere in the channel is the incident's. A thread in the shared incidents
/// channel is not here, so there only the incident's own thread counts. Kept in the bot's database
/// (<see cref="IPlatformAddressStore"/>), so a restart forgets none.
/// </summary>
public sealed class TeamsIncidentChannels(IPlatformAddressStore store, TimeProvider time)
{
    private const string Key = "incident-channel:";

    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    /// <summary>Makes <paramref name="channelId"/> an incident's own channel, known to the core as <paramref name="incidentConversationId"/>.</summary>
    public async Task RememberAsync(string channelId, string incidentConversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(incidentConversationId);
        await store.SaveAsync(TeamsOutboxKinds.Platform, Key + channelId, JsonSerializer.Serialize(incidentConversationId), time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        _known[channelId] = incidentConversationId;
    }

    /// <summary>
    /// The conversation id the core knows <paramref name="conversationId"/>'s incident by: the incident's thread for
    /// any conversation in an incident's own channel, else <paramref name="conversationId"/> as it is.
    /// </summary>
    public async Task<string> IncidentConversationOfAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var channel = TeamsAddressBook.ChannelOf(conversationId);
        if (_known.TryGetValue(channel, out var known))
        {
            return known;
        }

        var json = await store.FindAsync(TeamsOutboxKinds.Platform, Key + channel, cancellationToken).ConfigureAwait(false);
        if (json is null || JsonSerializer.Deserialize<string>(json) is not { Length: > 0 } stored)
        {
            return conversationId;
        }

        _known.TryAdd(channel, stored);
        return stored;
    }
}
