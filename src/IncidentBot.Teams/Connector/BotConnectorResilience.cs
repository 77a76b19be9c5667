using System.Net;

using Microsoft.Extensions.Http.Resilience;

using Polly;
using Polly.Timeout;

namespace IncidentBot.Teams.Connector;

/// <summary>
/// The connector client's resilience pipeline: up to <see cref="MaxAttempts"/> attempts within
/// <see cref="TotalTimeout"/>, each cut off after <see cref="AttemptTimeout"/>. Teams asks bots to retry 429, 412,
/// 502 and 504 with exponential backoff and jitter, honouring <c>Retry-After</c>
/// (<see href="https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit"/>); so do 503 and
/// connections never made. A <c>Retry-After</c> longer than <see cref="LongestRetryAfterWaited"/> is not waited for
/// here: the call fails with <see cref="BotConnectorTransientException"/> and the caller (the outbox) reschedules.
/// A call that is not repeatable (a POST that creates a message) is not retried after a timeout, a broken
/// connection, 408 or 500, where Teams may have applied it: it fails as "outcome unknown" instead, so nothing is
/// posted twice unseen.
/// </summary>
public static class BotConnectorResilience
{
    public const string PipelineName = "teams-bot-connector";

    public const int MaxAttempts = 4;

    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The first backoff's median; each next one doubles, with jitter.</summary>
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, and the longest <c>Retry-After</c> waited for within a call.</summary>
    public static readonly TimeSpan LongestRetryAfterWaited = TimeSpan.FromSeconds(15);

    /// <summary>Marks a request Teams may have applied when its answer is lost (<see cref="ShouldRetry"/>).</summary>
    public static readonly HttpRequestOptionsKey<bool> NotRepeatable = new("IncidentBot.Teams.NotRepeatable");

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
                MaxDelay = LongestRetryAfterWaited,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, IsRepeatable(args.Context))),
            })
            .AddTimeout(AttemptTimeout);
    }

    /// <summary>Whether an attempt's outcome is worth another attempt within the call (see the class summary).</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool repeatable = true) => outcome switch
    {
        { Result: { StatusCode: HttpStatusCode.TooManyRequests } response } =>
            response.Headers.RetryAfter?.Delta is not { } wait || wait <= LongestRetryAfterWaited,
        { Result.StatusCode: HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
        { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError } => repeatable,
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } } => true,
        { Exception: HttpRequestException or TimeoutRejectedException } => repeatable,
        _ => false,
    };

    private static bool IsRepeatable(ResilienceContext context) =>
        context.GetRequestMessage() is not { } request || !request.Options.TryGetValue(NotRepeatable, out var notRepeatable) || !notRepeatable;
}
