using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary>Reads the fields the method groups need from an <c>ok:true</c> body.</summary>
internal static class SlackResponse
{
    /// <summary>
    /// A string Slack always sends on success; its absence is reported as <c>invalid_response</c>, an error
    /// code of ours, not Slack's.
    /// </summary>
    public static string Required(JsonObject response, string method, params string[] path) =>
        Optional(response, path) ?? throw new SlackApiException(method, "invalid_response", [$"no '{string.Join('.', path)}' in the response"], response);

    public static string? Optional(JsonObject response, params string[] path) =>
        At(response, path) is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public static bool Flag(JsonObject response, params string[] path) =>
        At(response, path) is JsonValue value && value.TryGetValue(out bool flag) && flag;

    private static JsonNode? At(JsonObject response, string[] path)
    {
        JsonNode? node = response;
        foreach (var name in path)
        {
            node = node is JsonObject obj ? obj[name] : null;
        }

        return node;
    }
}
