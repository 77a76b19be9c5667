namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Answers the person who pressed a button or used a shortcut, through the interaction's <c>response_url</c>
/// (https://docs.slack.dev/interactivity/handling-user-interaction#message_responses): an ephemeral message
/// that leaves the original message as it was.
/// </summary>
public interface ISlackResponder
{
    Task RespondAsync(Uri responseUrl, string text, CancellationToken cancellationToken = default);
}
