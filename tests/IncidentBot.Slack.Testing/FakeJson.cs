using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>JSON helpers for the fake.</summary>
internal static class FakeJson
{
    public static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static bool IsString(JsonNode? node, out string text)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            text = value.GetValue<string>();
            return true;
        }

        text = "";
        return false;
    }

    /// <summary>Drops null-valued properties (Slack leaves absent fields out rather than sending null).</summary>
    public static JsonObject WithoutNulls(this JsonObject node)
    {
        foreach (var name in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(name);
        }

        return node;
    }
}
