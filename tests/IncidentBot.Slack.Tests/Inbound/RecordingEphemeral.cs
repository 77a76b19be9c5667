using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Keeps what the bot whispered, in order.</summary>
internal sealed class RecordingEphemeral : ISlackEphemeral
{
    public List<(string Channel, string User, string Text)> Whispers { get; } = [];

    public Task WhisperAsync(string channelId, string slackUserId, string text, CancellationToken cancellationToken = default)
    {
        Whispers.Add((channelId, slackUserId, text));
        return Task.CompletedTask;
    }
}
