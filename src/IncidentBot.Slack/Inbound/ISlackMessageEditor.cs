using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Inbound;

/// <summary>Changes a message the bot posted, as Slack shows it (<c>chat.update</c>), in order with the conversation's other messages.</summary>
public interface ISlackMessageEditor
{
    Task ReplaceBlocksAsync(string channelId, string ts, string text, JsonArray blocks, CancellationToken cancellationToken = default);
}
