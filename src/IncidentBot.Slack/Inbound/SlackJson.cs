using System.Text.Json;

namespace IncidentBot.Slack.Inbound;

/// <summary>Reads the optional fields of Slack payloads: a missing field, or one of another kind, reads as absent.</summary>
internal static class SlackJson
{
    /// <summary>The string at a path of properties (<c>"container", "channel_id"</c>), or null.</summary>
    public static string? String(this JsonElement element, params ReadOnlySpan<string> path) =>
        element.Find(path) is { ValueKind: JsonValueKind.String } found ? found.GetString() : null;

    /// <summary>The object at a path of properties, or null.</summary>
    public static JsonElement? Object(this JsonElement element, params ReadOnlySpan<string> path) =>
        element.Find(path) is { ValueKind: JsonValueKind.Object } found ? found : null;

    /// <summary>The items of the array at a property, or none.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Find(name) is { ValueKind: JsonValueKind.Array } found ? found.EnumerateArray() : [];

    /// <summary>The value at a path of properties, of any kind, or null.</summary>
    public static JsonElement? Find(this JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }
}
