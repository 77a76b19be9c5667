namespace IncidentBot.Slack.Outbound;

/// <summary>Tells one person something in a channel, seen only by them (<c>chat.postEphemeral</c>), delivered durably.</summary>
public interface ISlackEphemeral
{
    Task WhisperAsync(string channelId, string slackUserId, string text, CancellationToken cancellationToken = default);
}
