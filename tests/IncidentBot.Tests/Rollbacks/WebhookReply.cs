using System.Text.Json;

namespace IncidentBot.Tests.Rollbacks;

/// <summary>What the fake deploy webhook answers to one request.</summary>
public sealed record WebhookReply(int StatusCode, string Body, string? RetryAfter = null)
{
    /// <summary>A synchronous answer: <c>{"status": ..., "message": ...}</c>.</summary>
    public static WebhookReply Outcome(string status, string message, int statusCode = 200) =>
        new(statusCode, JsonSerializer.Serialize(new { status, message }));

    /// <summary>202 with no body: the outcome will come by callback.</summary>
    public static WebhookReply Accepted() => new(202, "");

    /// <summary>A server error asking to be retried at once, so retries cost the test no time.</summary>
    public static WebhookReply ServerError() => new(500, "{\"error\": \"deploy queue unavailable\"}", RetryAfter: "0");
}
