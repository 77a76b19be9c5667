using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Keeps the replies that would go to response_urls.</summary>
internal sealed class RecordingResponder : ISlackResponder
{
    public List<(Uri Url, string Text)> Replies { get; } = [];

    public Task RespondAsync(Uri responseUrl, string text, CancellationToken cancellationToken = default)
    {
        Replies.Add((responseUrl, text));
        return Task.CompletedTask;
    }
}
