using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// Checks a JSON body against a swagger definition: every property is one the definition names (a typo, or a field
/// Teams does not know, is reported), with the declared JSON type and, for enums, one of the values. Free-form
/// objects (<c>channelData</c>, an attachment's <c>content</c>) and <c>Entity</c> (whose kinds, e.g. mentions, add
/// fields of their own) are not looked into.
/// </summary>
internal sealed class SwaggerBodyChecker(JsonObject definitions)
{
    private static readonly HashSet<string> OpenDefinitions = new(StringComparer.Ordinal) { "Entity" };

    public IReadOnlyList<string> Check(string definition, JsonNode? body)
    {
        var problems = new List<string>();
        CheckNode(body, new JsonObject { ["$ref"] = "#/definitions/" + definition }, "body", problems);
        return problems;
    }

    private void CheckNode(JsonNode? node, JsonNode schema, string at, List<string> problems)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.Split('/')[^1];
            if (definitions[name] is not { } definition)
            {
                return;
            }

            if (node is null)
            {
                return;
            }

            CheckType(node, definition, at, problems);
            if (node is JsonObject value && definition["properties"] is JsonObject properties && !OpenDefinitions.Contains(name))
            {
                CheckProperties(value, properties, at, problems);
            }

            return;
        }

        if (node is null)
        {
            return;
        }

        CheckType(node, schema, at, problems);
        if (node is JsonArray items && schema["items"] is { } itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                CheckNode(items[i], itemSchema, $"{at}[{i}]", problems);
            }
        }
    }

    private void CheckProperties(JsonObject value, JsonObject properties, string at, List<string> problems)
    {
        foreach (var (name, child) in value)
        {
            if (properties[name] is not { } propertySchema)
            {
                problems.Add($"{at}.{name}: not a property the Bot Connector API knows");
                continue;
            }

            CheckNode(child, propertySchema, $"{at}.{name}", problems);
        }
    }

    private static void CheckType(JsonNode node, JsonNode schema, string at, List<string> problems)
    {
        var kind = node.GetValueKind();
        var expected = schema["type"]?.GetValue<string>();
        var fits = expected switch
        {
            "object" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "integer" or "number" => kind == JsonValueKind.Number,
            _ => true,
        };
        if (!fits)
        {
            problems.Add($"{at}: expected {expected}, got {kind}");
            return;
        }

        if (schema["enum"] is JsonArray values && kind == JsonValueKind.String
            && !values.Any(v => string.Equals(v?.GetValue<string>(), node.GetValue<string>(), StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"{at}: '{node.GetValue<string>()}' is not one of {string.Join(", ", values.Select(v => v?.GetValue<string>()))}");
        }
    }
}
