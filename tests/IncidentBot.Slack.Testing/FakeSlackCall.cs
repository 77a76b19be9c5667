using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// One Web API request as the fake received it. <see cref="Arguments"/> holds what was sent, as sent: form and
/// query values as strings, JSON values as they were.
/// </summary>
public sealed record FakeSlackCall(
    string Method,
    string HttpMethod,
    string? ContentType,
    FakeBodyKind BodyKind,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    JsonObject Arguments,
    IReadOnlySet<string> QueryArguments,
    string? Token,
    DateTimeOffset At)
{
    /// <summary>An argument as text: strings as they are, other JSON values as JSON; null when absent.</summary>
    public string? Arg(string name) => Arguments[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var node => node.ToJsonString(),
    };

    /// <summary>An argument that carries JSON, parsed whether it came as a JSON string (form) or as JSON.</summary>
    public JsonNode? ArgJson(string name) => Arguments[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => FakeJson.TryParse(value.GetValue<string>()),
        var node => node?.DeepClone(),
    };

    /// <summary>A boolean argument: JSON true/false, or the form values <c>true</c>/<c>1</c>.</summary>
    public bool ArgFlag(string name) => Arguments[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>() is "true" or "1",
        _ => false,
    };
}
