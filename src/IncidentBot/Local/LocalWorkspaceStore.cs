using System.Text.Json;
using IncidentBot.Core.Storage;

namespace IncidentBot.Local;

/// <summary>
/// Where the local workspace keeps its channels and messages: records of platform <c>local</c> (sets <c>channels</c>
/// and <c>messages</c>, by id) in the bot's database, as JSON written by <see cref="LocalRecords"/>.
/// </summary>
internal sealed class LocalWorkspaceStore(IPlatformRecordStore records)
{
    public IReadOnlyList<LocalChannel> LoadChannels() =>
        [.. records.LoadAll(LocalWorkspace.PlatformName, LocalRecords.ChannelSet).Values.Select(json => JsonSerializer.Deserialize(json, LocalRecords.Default.LocalChannel)!)];

    /// <summary>Every message, in the order of their ids (the order they were posted in).</summary>
    public IReadOnlyList<LocalMessage> LoadMessages() =>
        [.. records.LoadAll(LocalWorkspace.PlatformName, LocalRecords.MessageSet).Values
            .Select(json => JsonSerializer.Deserialize(json, LocalRecords.Default.LocalMessage)!)
            .OrderBy(m => m.Sequence)];

    /// <summary>Queues the channel's save (saves commit in the order they are called); completes once it is committed.</summary>
    public Task SaveAsync(LocalChannel channel) =>
        records.SaveAsync(LocalWorkspace.PlatformName, LocalRecords.ChannelSet, channel.Id, JsonSerializer.Serialize(channel, LocalRecords.Default.LocalChannel));

    /// <summary>Queues the message's save (saves commit in the order they are called); completes once it is committed.</summary>
    public Task SaveAsync(LocalMessage message) =>
        records.SaveAsync(LocalWorkspace.PlatformName, LocalRecords.MessageSet, message.Id, JsonSerializer.Serialize(message, LocalRecords.Default.LocalMessage));
}
