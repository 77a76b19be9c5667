using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// An answer <see cref="FakeBotConnector"/> gives instead of doing what a call asks, queued with
/// <see cref="FakeBotConnector.FailNext"/>; the call is still recorded and checked. Bodies are the connector's
/// <c>{"error":{"code","message"}}</c>.
/// </summary>
public sealed record FakeConnectorFault(int StatusCode, string? ErrorCode, string? Message, TimeSpan? RetryAfter = null, bool Disconnect = false)
{
    /// <summary>HTTP 429 with <c>Retry-After</c> in whole seconds (Teams' per-conversation rate limits).</summary>
    public static FakeConnectorFault RateLimited(TimeSpan retryAfter) =>
        new(429, "TooManyRequests", "Too many requests", retryAfter);

    /// <summary>A 5xx (502 by default: Teams' gateway failing) or any other status, with no specific code.</summary>
    public static FakeConnectorFault ServerError(int statusCode = 502) => new(statusCode, "ServiceError", "The service failed to respond");

    /// <summary>403 <c>MessageWritesBlocked</c>: the person blocked the bot.</summary>
    public static FakeConnectorFault MessageWritesBlocked() =>
        new(403, "MessageWritesBlocked", "Thread is blocked from message writes");

    /// <summary>403: the app is not installed for the person, so the bot is not in the 1:1 chat.</summary>
    public static FakeConnectorFault NotInRoster() =>
        new(403, "Forbidden", "The bot is not part of the conversation roster.");

    /// <summary>404 <c>ConversationNotFound</c>, as the Agents Playground's connector answers for an unknown conversation.</summary>
    public static FakeConnectorFault ConversationNotFound() => new(404, "ConversationNotFound", "Conversation not found");

    /// <summary>Drops the connection without an answer (the client sees a network error).</summary>
    public static FakeConnectorFault Dropped() => new(0, null, null, Disconnect: true);

    internal JsonObject Body() => new() { ["error"] = new JsonObject { ["code"] = ErrorCode, ["message"] = Message } };
}
