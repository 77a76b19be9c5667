using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Calls;

/// <summary>
/// What a Microsoft API's refusal says: its body <c>{"error":{"code","message"}}</c> (the Bot Connector's
/// <c>ErrorResponse</c>, <see href="https://learn.microsoft.com/graph/errors"/>) and how long its <c>Retry-After</c>
/// asks to wait.
/// </summary>
public static class MicrosoftErrorAnswer
{
    /// <summary>The error's code and message, as far as the body has them.</summary>
    public static (string? Code, string? Message) Read(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["error"] is JsonObject error ? (Text(error["code"]), Text(error["message"])) : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>The wait <c>Retry-After</c> names, as a delay or until a date still ahead; null when it names none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when date > time.GetUtcNow() => date - time.GetUtcNow(),
            _ => null,
        };
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
