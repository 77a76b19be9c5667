using System.Net;

using Microsoft.Extensions.Http.Resilience;

using Polly;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// The Web API client's resilience pipeline: up to <see cref="MaxAttempts"/> attempts within
/// <see cref="TotalTimeout"/>, each cut off after <see cref="AttemptTimeout"/>. 5xx, 408, network errors and
/// attempt timeouts are retried after 1 s, then 2 s; HTTP 429 is retried after exactly its <c>Retry-After</c>
/// (<see href="https://docs.slack.dev/apis/web-api/rate-limits"/>) when that fits in
/// <see cref="LongestRetryAfterWaited"/>; a longer wait is left to the caller (the outbox reschedules durably).
/// No jitter: the bot is one client, and tests can know the waits. A call that is not
/// <see cref="SlackMethod.Repeatable"/> is retried only when Slack certainly did not apply it (a 429, a connection
/// never made): after a timeout or a dropped connection Slack may have posted the message, so it fails instead and
/// the caller looks before trying again.
/// </summary>
public static class SlackApiResilience
{
    public const string PipelineName = "slack-web-api";

    public const int MaxAttempts = 3;

    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan LongestRetryAfterWaited = TimeSpan.FromSeconds(10);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .AddTimeout(TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = FirstRetryDelay,
                UseJitter = false,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, IsRepeatable(args.Context))),
            })
            .AddTimeout(AttemptTimeout);
    }

    /// <summary>Marks a request whose method is not <see cref="SlackMethod.Repeatable"/>.</summary>
    public static readonly HttpRequestOptionsKey<bool> NotRepeatable = new("IncidentBot.Slack.NotRepeatable");

    /// <summary>
    /// Transient failures, and 429s whose <c>Retry-After</c> is short enough to wait for here; for a call that is not
    /// <paramref name="repeatable"/>, only failures that prove Slack never got it.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool repeatable = true) =>
        outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
            ? response.Headers.RetryAfter?.Delta is { } wait && wait <= LongestRetryAfterWaited
            : repeatable
                ? HttpClientResiliencePredicates.IsTransient(outcome)
                : outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError };

    private static bool IsRepeatable(ResilienceContext context) =>
        context.GetRequestMessage() is not { } request || !request.Options.TryGetValue(NotRepeatable, out var notRepeatable) || !notRepeatable;
}
