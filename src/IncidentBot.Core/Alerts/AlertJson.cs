using System.Text.Json;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// The JSON reading every alert parser needs: parse the body once, read typed fields with errors that name
/// the field, and turn any shape problem into <see cref="AlertParseResult.Failure"/> so that a parser never
/// throws for bad input (the <see cref="IAlertParser"/> contract).
/// </summary>
internal static class AlertJson
{
    private const int MaxQuotedLength = 40;

    /// <summary>Go's zero <c>time.Time</c>, which Alertmanager sends as <c>endsAt</c> while an alert fires.</summary>
    public static readonly DateTimeOffset GoZeroTime = new(1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The times an alert can have. Anything outside is a sender's bug (a zero time, a year typed wrong) and would
    /// put the incident's timeline and timers out of range, so it is refused with the alert it came in.
    /// </summary>

    /// <summary>Parses <paramref name="body"/> as one JSON object and hands it to <paramref name="read"/>.</summary>
    public static AlertParseResult Parse(ReadOnlySpan<byte> body, Func<JsonElement, IReadOnlyList<NormalizedAlert>> read)
    {
        try
        {
            Utf8JsonReader reader = new(body);
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                return AlertParseResult.Failure("body is not JSON: unexpected content after the top-level value");
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return AlertParseResult.Failure($"body must be a JSON object, not {Describe(document.RootElement.ValueKind)}");
            }

            return AlertParseResult.Success(read(document.RootElement));
        }
        catch (JsonException exception)
        {
            return AlertParseResult.Failure($"body is not JSON: {exception.Message}");
        }
        catch (AlertPayloadException exception)
        {
            return AlertParseResult.Failure(exception.Message);
        }
    }

    /// <summary>
    /// Reads the array <c>alerts</c> of <paramref name="root"/> with <paramref name="readOne"/>; an error in one
    /// alert rejects the delivery and names the alert's index.
    /// </summary>
    public static IReadOnlyList<NormalizedAlert> ReadAlerts(JsonElement root, Func<JsonElement, NormalizedAlert> readOne)
    {
        if (!root.TryGetProperty("alerts", out JsonElement alerts) || alerts.ValueKind == JsonValueKind.Null)
        {
            throw new AlertPayloadException("missing field 'alerts'");
        }

        if (alerts.ValueKind != JsonValueKind.Array)
        {
            throw new AlertPayloadException($"field 'alerts' must be an array, not {Describe(alerts.ValueKind)}");
        }

        List<NormalizedAlert> result = new(alerts.GetArrayLength());
        foreach (JsonElement alert in alerts.EnumerateArray())
        {
            try
            {
                if (alert.ValueKind != JsonValueKind.Object)
                {
                    throw new AlertPayloadException($"must be an object, not {Describe(alert.ValueKind)}");
                }

                result.Add(readOne(alert));
            }
            catch (AlertPayloadException exception)
            {
                throw new AlertPayloadException($"alerts[{result.Count}]: {exception.Message}");
            }
        }

        return result;
    }

    /// <summary>A string field; <c>null</c> when absent, JSON <c>null</c> or blank.</summary>
    public static string? GetString(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new AlertPayloadException($"field '{name}' must be a string, not {Describe(value.ValueKind)}");
        }

        string? text = Text(value, name);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>An object field that must be present; <paramref name="path"/> names it in errors (default: its name).</summary>
    public static JsonElement RequireObject(JsonElement parent, string name, string? path = null)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new AlertPayloadException($"missing field '{path ?? name}'");
        }

        return value.ValueKind == JsonValueKind.Object
            ? value
            : throw new AlertPayloadException($"field '{path ?? name}' must be an object, not {Describe(value.ValueKind)}");
    }

    /// <summary>A string field that must be present and not blank.</summary>
    public static string RequireString(JsonElement parent, string name) =>
        GetString(parent, name) ?? throw new AlertPayloadException($"missing field '{name}'");

    /// <summary>
    /// An object of string values, such as Prometheus labels or annotations; empty when absent. Other value
    /// types are rejected rather than converted, because labels are compared as exact strings.
    /// </summary>
    public static IReadOnlyDictionary<string, string> GetStringMap(JsonElement parent, string name)
    {
        Dictionary<string, string> map = new(StringComparer.Ordinal);
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return map.AsReadOnly();
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new AlertPayloadException($"field '{name}' must be an object, not {Describe(value.ValueKind)}");
        }

        foreach (JsonProperty property in value.EnumerateObject())
        {
            string key = Text(property, name);
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new AlertPayloadException($"field '{name}.{key}' must be a string, not {Describe(property.Value.ValueKind)}");
            }

            map[key] = Text(property.Value, $"{name}.{key}");
        }

        return map.AsReadOnly();
    }

    /// <summary>
    /// An ISO-8601 time field converted to UTC; <c>null</c> when absent. The time must carry <c>Z</c> or an
    /// offset: without one it would be read in the server's zone, which differs between machines.
    /// </summary>
    public static DateTimeOffset? GetTime(JsonElement parent, string name)
    {
        string? text = GetString(parent, name);
        if (text is null)
        {
            return null;
        }

        if (!HasOffset(text) || !parent.GetProperty(name).TryGetDateTimeOffset(out DateTimeOffset time))
        {
            throw new AlertPayloadException($"field '{name}' must be an ISO-8601 time with 'Z' or an offset, got {Quote(text)}");
        }

        if (time == GoZeroTime)
        {
            return time;
        }

        if (!PlausibleTimes.Contains(time))
        {
            throw new AlertPayloadException($"field '{name}' is {Quote(text)}, not a time an alert can have ({PlausibleTimes.Range})");
        }

        return time.ToUniversalTime();
    }

    /// <summary>A start time; <c>null</c> when absent. Go's zero time is refused: no alert started then.</summary>
    public static DateTimeOffset? GetStartTime(JsonElement parent, string name)
    {
        DateTimeOffset? time = GetTime(parent, name);
        return time == GoZeroTime
            ? throw new AlertPayloadException($"field '{name}' is Go's zero time (0001-01-01), not a time an alert can have")
            : time;
    }

    /// <summary>A start time that must be present; see <see cref="GetStartTime"/>.</summary>
    public static DateTimeOffset RequireTime(JsonElement parent, string name) =>
        GetStartTime(parent, name) ?? throw new AlertPayloadException($"missing field '{name}'");

    /// <summary>An end time; <c>null</c> when absent or Go's zero time (Alertmanager's "has not ended").</summary>
    public static DateTimeOffset? GetEndTime(JsonElement parent, string name) =>
        GetTime(parent, name) is { } time && time != GoZeroTime ? time : null;

    /// <summary>A <c>firing</c>/<c>resolved</c> field; <paramref name="fallback"/> when absent.</summary>
    public static AlertStatus GetStatus(JsonElement parent, string name, AlertStatus? fallback = null)
    {
        string? text = GetString(parent, name);
        return text?.ToLowerInvariant() switch
        {
            "firing" => AlertStatus.Firing,
            "resolved" => AlertStatus.Resolved,
            null when fallback is { } status => status,
            null => throw new AlertPayloadException($"missing field '{name}'"),
            _ => throw new AlertPayloadException($"field '{name}' is {Quote(text)}; expected 'firing' or 'resolved'"),
        };
    }

    /// <summary>
    /// A string value as text. JSON can carry what no .NET string should hold (invalid UTF-8, a lone surrogate
    /// escaped as <c>\ud800</c>); reading it throws, and that is the sender's error, named with the field.
    /// </summary>
    private static string Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new AlertPayloadException($"field '{name}' is not valid text (invalid UTF-8 or a lone surrogate)");
        }
    }

    private static string Text(JsonProperty property, string mapName)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new AlertPayloadException($"a key of field '{mapName}' is not valid text (invalid UTF-8 or a lone surrogate)");
        }
    }

    /// <summary>A value from the body, quoted and shortened for an error message.</summary>
    public static string Quote(string value) =>
        value.Length <= MaxQuotedLength ? $"'{value}'" : $"'{value[..MaxQuotedLength]}…'";

    private static bool HasOffset(string text)
    {
        int timeStart = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (timeStart < 0)
        {
            return false;
        }

        ReadOnlySpan<char> time = text.AsSpan(timeStart);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOfAny('+', '-') >= 0;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "another value",
    };
}
