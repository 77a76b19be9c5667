using System.Text.Json.Nodes;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// The Bot Connector API description (swagger 2.0, embedded from <c>Connector/Specs</c>): finds the operation a
/// request is for and checks a request body against the operation's schema (<see cref="SwaggerBodyChecker"/>).
/// </summary>
public sealed class BotConnectorSwagger
{
    private readonly List<SwaggerOperation> _operations;

    private BotConnectorSwagger(JsonObject swagger)
    {
        Definitions = swagger["definitions"] as JsonObject ?? [];
        _operations = [.. (swagger["paths"] as JsonObject ?? []).SelectMany(path => (path.Value as JsonObject ?? []).Select(operation =>
            new SwaggerOperation(path.Key, operation.Key.ToUpperInvariant(), operation.Value?["operationId"]?.GetValue<string>() ?? "", BodyDefinition(operation.Value))))];
    }

    public IReadOnlyList<SwaggerOperation> Operations => _operations;

    public JsonObject Definitions { get; }

    public static BotConnectorSwagger Load()
    {
        using var stream = typeof(BotConnectorSwagger).Assembly.GetManifestResourceStream("BotConnectorSwagger")
            ?? throw new InvalidOperationException("The Bot Connector swagger is not embedded in IncidentBot.Teams.Testing.");
        return new BotConnectorSwagger(JsonNode.Parse(stream) as JsonObject ?? throw new InvalidOperationException("The Bot Connector swagger is not a JSON object."));
    }

    /// <summary>
    /// The operation <paramref name="method"/> <paramref name="path"/> (raw, escaped) is for, with its path
    /// parameters unescaped; null with the reason when the swagger has no such route, or not with that method.
    /// Literal segments win over parameters (<c>activities/history</c> over <c>activities/{activityId}</c>).
    /// </summary>
    public (SwaggerOperation? Operation, IReadOnlyDictionary<string, string> PathValues, string? Problem) Match(string method, string path)
    {
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var routes = _operations
            .Select(operation => (Operation: operation, Values: Bind(operation.Template, segments)))
            .Where(route => route.Values is not null)
            .ToList();
        if (routes.Count == 0)
        {
            return (null, new Dictionary<string, string>(), $"{method} {path}: the Bot Connector API has no such route");
        }

        var withMethod = routes.Where(r => r.Operation.Method == method).OrderByDescending(r => Literals(r.Operation.Template)).ToList();
        return withMethod.Count == 0
            ? (null, new Dictionary<string, string>(), $"{method} {path}: the route {routes[0].Operation.Template} has no {method} operation")
            : (withMethod[0].Operation, withMethod[0].Values!, null);
    }

    private static Dictionary<string, string>? Bind(string template, string[] segments)
    {
        var parts = template.Trim('/').Split('/');
        if (parts.Length != segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith('{') && parts[i].EndsWith('}'))
            {
                if (segments[i].Length == 0)
                {
                    return null;
                }

                values[parts[i][1..^1]] = segments[i];
            }
            else if (!string.Equals(parts[i], segments[i], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return values;
    }

    private static int Literals(string template) => template.Split('/').Count(part => !part.StartsWith('{'));

    private static string? BodyDefinition(JsonNode? operation) =>
        (operation?["parameters"] as JsonArray ?? [])
            .Where(p => p?["in"]?.GetValue<string>() == "body")
            .Select(p => p?["schema"]?["$ref"]?.GetValue<string>()?.Split('/')[^1])
            .FirstOrDefault();
}
