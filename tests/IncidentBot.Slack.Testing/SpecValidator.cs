using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// Checks a call against its method spec the way a strict Slack would: the body type the method accepts,
/// the token, required arguments, argument types (form values are strings, so booleans, numbers and JSON
/// arguments are checked as text there), no arguments the method does not have.
/// </summary>
internal static class SpecValidator
{
    public static IReadOnlyList<string> Validate(SlackMethodSpec spec, FakeSlackCall call)
    {
        var problems = new List<string>();
        CheckBody(spec, call, problems);
        CheckToken(call, problems);
        foreach (var name in spec.Required.Where(r => r != "token" && IsMissing(call.Arguments[r])))
        {
            problems.Add($"missing required argument '{name}'");
        }

        var form = call.BodyKind != FakeBodyKind.Json;
        foreach (var (name, value) in call.Arguments)
        {
            if (name == "token")
            {
                continue;
            }

            if (!spec.Args.TryGetValue(name, out var arg))
            {
                problems.Add($"argument '{name}' is not in the method's spec");
            }
            else if (Problem(arg, value, form || call.QueryArguments.Contains(name)) is { } problem)
            {
                problems.Add($"argument '{name}' {problem}");
            }
        }

        return problems;
    }

    private static void CheckBody(SlackMethodSpec spec, FakeSlackCall call, List<string> problems)
    {
        if (call.BodyKind == FakeBodyKind.Other)
        {
            problems.Add($"body of type '{call.ContentType}' is neither form-encoded nor JSON");
        }

        if (call.BodyKind == FakeBodyKind.Json && !spec.AcceptsJson)
        {
            problems.Add("sent as JSON, but the method does not accept JSON (json_input_supported is not true): form-encode it");
        }

        if (call.BodyKind == FakeBodyKind.Json && call.ContentType?.Contains("charset=utf-8", StringComparison.OrdinalIgnoreCase) != true)
        {
            problems.Add("JSON body without charset=utf-8 in its Content-Type");
        }
    }

    private static void CheckToken(FakeSlackCall call, List<string> problems)
    {
        if (call.QueryArguments.Contains("token"))
        {
            problems.Add("token in the query string; send it in the Authorization header");
        }
        else if (call.Token is null && call.BodyKind == FakeBodyKind.Json && call.Arguments["token"] is not null)
        {
            problems.Add("token in a JSON body; JSON calls must send it in the Authorization header");
        }
        else if (call.Token is null && call.Arguments["token"] is null)
        {
            problems.Add("missing required argument 'token' (no Authorization: Bearer header)");
        }
    }

    private static bool IsMissing(JsonNode? value) => value is null || (FakeJson.IsString(value, out var text) && text.Length == 0);

    private static string? Problem(SlackArgSpec arg, JsonNode? value, bool form)
    {
        var fits = form ? FitsText(arg, FakeJson.IsString(value, out var text) ? text : value?.ToJsonString() ?? "") : FitsJson(arg, value);
        if (!fits)
        {
            return $"should be {Describe(arg)}{(form ? " (as form text)" : "")}, was {Shorten(value)}";
        }

        if (arg.MaxLength is { } max && FakeJson.IsString(value, out var s) && s.Length > max)
        {
            return $"is longer than {max} characters";
        }

        var number = value is JsonValue v && v.TryGetValue(out long n) ? n
            : FakeJson.IsString(value, out var digits) && long.TryParse(digits, CultureInfo.InvariantCulture, out var parsed) ? parsed : (long?)null;
        return arg.Minimum is { } min && number < min ? $"is below its minimum {min}" : null;
    }

    private static bool FitsText(SlackArgSpec arg, string text) =>
        (arg.Kinds.HasFlag(SlackArgKinds.String) && (!arg.JsonEncoded || FakeJson.TryParse(text) is not null))
        || (arg.Kinds.HasFlag(SlackArgKinds.Boolean) && text is "true" or "false" or "1" or "0")
        || (arg.Kinds.HasFlag(SlackArgKinds.Integer) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        || (arg.Kinds.HasFlag(SlackArgKinds.Number) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        || (arg.Kinds.HasFlag(SlackArgKinds.Array) && FakeJson.TryParse(text) is JsonArray)
        || (arg.Kinds.HasFlag(SlackArgKinds.Object) && FakeJson.TryParse(text) is JsonObject);

    private static bool FitsJson(SlackArgSpec arg, JsonNode? value) => value switch
    {
        null => arg.Kinds.HasFlag(SlackArgKinds.Null),
        JsonArray => arg.Kinds.HasFlag(SlackArgKinds.Array) || arg.JsonEncoded,
        JsonObject => arg.Kinds.HasFlag(SlackArgKinds.Object) || arg.JsonEncoded,
        JsonValue scalar => scalar.GetValueKind() switch
        {
            JsonValueKind.String => FitsText(arg with { Kinds = arg.Kinds & (SlackArgKinds.String | SlackArgKinds.Array | SlackArgKinds.Object) }, scalar.GetValue<string>()),
            JsonValueKind.True or JsonValueKind.False => arg.Kinds.HasFlag(SlackArgKinds.Boolean),
            JsonValueKind.Number => arg.Kinds.HasFlag(SlackArgKinds.Number) || (arg.Kinds.HasFlag(SlackArgKinds.Integer) && scalar.TryGetValue(out long _)),
            _ => false,
        },
        _ => false,
    };

    private static string Describe(SlackArgSpec arg)
    {
        var kinds = Enum.GetValues<SlackArgKinds>().Where(k => k != SlackArgKinds.None && arg.Kinds.HasFlag(k)).Select(k => k.ToString().ToLowerInvariant());
        return string.Join(" or ", kinds) + (arg.JsonEncoded ? " (JSON)" : "");
    }

    private static string Shorten(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 60 ? text[..57] + "..." : text;
    }
}
