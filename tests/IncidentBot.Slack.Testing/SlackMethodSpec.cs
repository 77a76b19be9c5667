using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// A Web API method as its spec (<c>Specs/*.json</c>, scraped from docs.slack.dev) describes it: whether it
/// accepts JSON bodies, its arguments and which are required, and the documented success example.
/// </summary>
public sealed record SlackMethodSpec(
    string Name,
    bool AcceptsJson,
    IReadOnlySet<string> Required,
    IReadOnlyDictionary<string, SlackArgSpec> Args,
    JsonObject? SuccessExample)
{
    /// <summary>Views whose spec names a view schema rather than a JSON type.</summary>
    private static readonly HashSet<string> ObjectSchemas = ["modal", "workflow-step", "app-notification-subscription-configuration", "view"];

    public static SlackMethodSpec Parse(string name, JsonObject spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var args = spec["args"] as JsonObject;
        var required = (args?["required"] as JsonArray ?? []).Select(r => (string)r!).ToHashSet(StringComparer.Ordinal);
        var properties = (args?["properties"] as JsonObject ?? []).ToDictionary(
            p => p.Key, p => ArgOf(p.Key, p.Value as JsonObject ?? []), StringComparer.Ordinal);
        var success = spec["examples"]?["success"]?["example"] as JsonObject;
        return new SlackMethodSpec(name, spec["json_input_supported"]?.GetValue<bool>() == true, required, properties, success);
    }

    private static SlackArgSpec ArgOf(string name, JsonObject arg)
    {
        var kinds = KindsOf(arg);
        var description = arg["desc"]?.GetValue<string>() ?? "";
        var jsonEncoded = kinds.HasFlag(SlackArgKinds.String) && description.Contains("JSON", StringComparison.Ordinal);
        var minimum = arg["minimum"] is JsonValue min && min.TryGetValue(out long m) ? m : (long?)null;
        var maxLength = arg["maxLength"] is JsonValue max && max.TryGetValue(out int l) ? l : (int?)null;
        return new SlackArgSpec(name, kinds == SlackArgKinds.None ? SlackArgKinds.String : kinds, jsonEncoded, minimum, maxLength);
    }

    private static SlackArgKinds KindsOf(JsonObject arg)
    {
        var kinds = arg["type"]?.GetValue<string>() switch
        {
            "string" => SlackArgKinds.String,
            "boolean" => SlackArgKinds.Boolean,
            "integer" => SlackArgKinds.Integer,
            "number" => SlackArgKinds.Number,
            "array" => SlackArgKinds.Array,
            "object" => SlackArgKinds.Object,
            "null" => SlackArgKinds.Null,
            _ => SlackArgKinds.None,
        };
        foreach (var group in new[] { "anyOf", "oneOf", "allOf" })
        {
            foreach (var option in (arg[group] as JsonArray ?? []).OfType<JsonObject>())
            {
                kinds |= KindsOf(option);
            }
        }

        if (kinds == SlackArgKinds.None && arg["schema"]?.GetValue<string>() is { } schema)
        {
            kinds = ObjectSchemas.Contains(schema) ? SlackArgKinds.Object : SlackArgKinds.String;
        }

        return kinds;
    }
}
