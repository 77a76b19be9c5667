using System.Text.Json.Nodes;
using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Keeps the messages the bot changed, in order.</summary>
internal sealed class RecordingEditor : ISlackMessageEditor
{
    public List<(string Channel, string Ts, string Text, JsonArray Blocks)> Replaced { get; } = [];

    public Task ReplaceBlocksAsync(string channelId, string ts, string text, JsonArray blocks, CancellationToken cancellationToken = default)
    {
        Replaced.Add((channelId, ts, text, blocks));
        return Task.CompletedTask;
    }
}
