using Polly.Timeout;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// Exceptions of a Web API call that failed at Slack or on the way to it (an error answer, Slack unreachable, the
/// call timed out), as opposed to a bug: callers that can go on without the answer catch exactly these.
/// </summary>
internal static class SlackCallFailure
{
    public static bool Is(Exception e) => e is SlackApiException or HttpRequestException or TimeoutRejectedException;

    /// <summary>
    /// Slack may have applied the call without the bot learning it: the call timed out, or the connection broke after
    /// it was made (a connection never made, or an answer from Slack, leaves no doubt).
    /// </summary>
    public static bool OutcomeUnknown(Exception e) =>
        e is TimeoutRejectedException or HttpRequestException { HttpRequestError: not HttpRequestError.ConnectionError };
}
