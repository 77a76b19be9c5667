using Polly.Timeout;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// Exceptions of a Web API call that failed at Slack or on the way to it (an error answer, Slack unreachable, the
/// call timed out), as opposed to a bug: callers that can go on without the answer catch exactly these.
/// </summary>
internal static class SlackCallFailure
{
    public static bool Is(Exception e) => e is SlackApiException or HttpRequestException or TimeoutRejectedException;
}
