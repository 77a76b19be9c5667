using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// Slack kept answering HTTP 429 after the pipeline's own retries, or asked for a longer wait than a call may
/// take (<see href="https://docs.slack.dev/apis/web-api/rate-limits"/>). Try again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class SlackRateLimitedException : SlackApiException
{
    public SlackRateLimitedException(string method, TimeSpan retryAfter, string error = "ratelimited", JsonObject? response = null)
        : base(method, error, [$"retry after {retryAfter.TotalSeconds:0.###} s"], response)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long Slack asked to wait (the <c>Retry-After</c> header).</summary>
    public TimeSpan RetryAfter { get; }
}
