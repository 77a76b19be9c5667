using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>Thrown by the fake's method handlers to answer <c>{"ok":false,"error":…}</c> (plus the extra fields given).</summary>
internal sealed class FakeSlackError(string error, JsonObject? extra = null) : Exception(error)
{
    public string Error { get; } = error;

    public JsonObject Body()
    {
        var body = new JsonObject { ["ok"] = false, ["error"] = Error };
        foreach (var (name, value) in extra ?? [])
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    public static FakeSlackError InvalidArguments(params string[] messages) => new(
        "invalid_arguments",
        new JsonObject { ["response_metadata"] = new JsonObject { ["messages"] = new JsonArray([.. messages.Select(m => JsonValue.Create(m))]) } });
}
