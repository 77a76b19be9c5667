using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// What the fake does instead of answering normally, queued per method with
/// <see cref="FakeSlackServer.FailNext"/>. Failed calls are still recorded and checked against the spec.
/// </summary>
public sealed record FakeFault
{
    private FakeFault(FakeFaultKind kind) => Kind = kind;

    public FakeFaultKind Kind { get; }

    public TimeSpan Duration { get; private init; }

    public int StatusCode { get; private init; } = 200;

    public string? Body { get; private init; }

    /// <summary>HTTP 429 with <c>retry-after</c> in whole seconds and <c>{"ok":false,"error":"ratelimited"}</c>, as Slack sends it.</summary>
    public static FakeFault RateLimited(TimeSpan retryAfter) =>
        new(FakeFaultKind.RateLimited) { Duration = retryAfter, StatusCode = 429, Body = """{"ok":false,"error":"ratelimited"}""" };

    /// <summary>An HTTP 5xx with a non-JSON body.</summary>
    public static FakeFault ServerError(int statusCode = 500) =>
        new(FakeFaultKind.ServerError) { StatusCode = statusCode, Body = "Internal Server Error" };

    /// <summary><c>{"ok":false,"error":…}</c>, with <c>response_metadata.messages</c> when given.</summary>
    public static FakeFault SlackError(string error, params string[] messages)
    {
        var body = new JsonObject { ["ok"] = false, ["error"] = error };
        if (messages.Length > 0)
        {
            body["response_metadata"] = new JsonObject { ["messages"] = new JsonArray([.. messages.Select(m => JsonValue.Create(m))]) };
        }

        return new(FakeFaultKind.Body) { Body = body.ToJsonString() };
    }

    /// <summary>A body of one's own, e.g. a fixture file's contents.</summary>
    public static FakeFault Json(string body, int statusCode = 200) => new(FakeFaultKind.Body) { Body = body, StatusCode = statusCode };

    /// <summary>
    /// Waits <paramref name="delay"/> on the server's clock, then answers normally; a request the client gives up
    /// on first is dropped without effect.
    /// </summary>
    public static FakeFault Delay(TimeSpan delay) => new(FakeFaultKind.Delay) { Duration = delay };

    /// <summary>
    /// Does what the call asks (a message is posted, a channel created) and then holds the answer for
    /// <paramref name="answerAfter"/> on the server's clock, as a Slack that applied a call but answers slowly; a client
    /// that gives up first never learns the outcome. <see cref="Timeout.InfiniteTimeSpan"/> holds it until the client
    /// gives up or the server stops, so a test can kill the bot while the call is applied and unanswered.
    /// </summary>
    public static FakeFault AppliedThenLate(TimeSpan answerAfter) => new(FakeFaultKind.AppliedThenLate) { Duration = answerAfter };

    /// <summary>Drops the connection without an answer (the client sees a network error).</summary>
    public static FakeFault Disconnect() => new(FakeFaultKind.Disconnect);
}
