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
/// (<see cref="IPlatformAddressStore"/>), so a restart forgets none; held in memory too, channels that are no incident's
/// as well (<see cref="RememberAsync"/> replaces that), so an activity reads the database at most once per channel.
/// </summary>
public sealed class TeamsIncidentChannels(IPlatformAddressStore store, TimeProvider time)
{
    private const string Key = "incident-channel:";

    /// <summary>Each channel looked up: the incident's conversation id, or null for a channel that is no incident's own.</summary>
    private readonly ConcurrentDictionary<string, string?> _known = new(StringComparer.Ordinal);

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
            return known ?? conversationId;
        }

        var json = await store.FindAsync(TeamsOutboxKinds.Platform, Key + channel, cancellationToken).ConfigureAwait(false);
        var stored = json is null ? null : JsonSerializer.Deserialize<string>(json);
        _known.TryAdd(channel, stored is { Length: > 0 } ? stored : null);
        return stored is { Length: > 0 } ? stored : conversationId;
    }
}
