using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Testing.Graph;

/// <summary>
/// An answer <see cref="FakeGraph"/> gives to its next call instead of (or, with <see cref="AfterApplying"/>, after)
/// doing what it asks, queued with <see cref="FakeGraph.FailNext"/>. Bodies are Graph's <c>{"error":{"code","message"}}</c>.
/// </summary>
public sealed record FakeGraphFault(int StatusCode, string Code, string Message, TimeSpan? RetryAfter = null, bool AfterApplying = false)
{
    /// <summary>403: the team did not consent to the app's permissions, or the app is not in the team.</summary>
    public static FakeGraphFault Forbidden() =>
        new(403, "Forbidden", "Missing role permissions on the request. API requires one of 'Channel.Create.Group, Channel.Create'.");

    /// <summary>429 with <c>Retry-After</c> in whole seconds (Graph throttling).</summary>
    public static FakeGraphFault Throttled(TimeSpan retryAfter) => new(429, "TooManyRequests", "Too many requests.", retryAfter);

    /// <summary>503: Graph (or Teams behind it) is unavailable; nothing was done.</summary>
    public static FakeGraphFault Unavailable() => new(503, "ServiceUnavailable", "The service is temporarily unavailable.");

    /// <summary>504 after the channel was created: the answer is lost, the channel is there.</summary>
    public static FakeGraphFault LostAnswer() => new(504, "GatewayTimeout", "The gateway timed out.", AfterApplying: true);

    internal JsonObject Body() => new() { ["error"] = new JsonObject { ["code"] = Code, ["message"] = Message } };
}
