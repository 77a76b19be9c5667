using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Parses Datadog's Webhooks integration with its default payload template (<c>body</c>, <c>last_updated</c>,
/// <c>event_type</c>, <c>title</c>, <c>date</c>, <c>org</c>, <c>id</c>), so a monitor notifying
/// <c>@webhook-incidentbot</c> opens incidents without a custom template.
/// </summary>
/// <remarks>
/// <para>The default template carries the monitor's transition and scope only in the title, as Datadog writes it:
/// <c>[Triggered on {host:db-1}] DB Host is near the max CPU usage limit</c>, optionally preceded by the priority
/// (<c>[P1] [Triggered] …</c>). Three template variables can be added to the template to make the reading exact:
/// <c>"alert_id": "$ALERT_ID"</c> (the monitor id), <c>"alert_transition": "$ALERT_TRANSITION"</c> and
/// <c>"alert_scope": "$ALERT_SCOPE"</c>; <c>"link": "$LINK"</c> adds a link.</para>
/// <para>Grouping key and identity: <c>datadog:</c> + the monitor (its id when the template sends
/// <c>alert_id</c>, else its name, the title without the bracketed prefix) + the scope, so each monitor and scope
/// (a multi-alert monitor's host, service …) is one alert and one incident.</para>
/// <para>Resolve rule: the transition <c>Recovered</c> resolves. <c>Triggered</c>, <c>Re-Triggered</c>,
/// <c>Warn</c> and <c>Re-Warn</c> fire (a warning at sev3 unless a priority says otherwise); <c>No Data</c> is
/// <see cref="AlertStatus.Unknown"/>. The time is <c>date</c> (milliseconds since 1970, as <c>$DATE</c> gives it).</para>
/// </remarks>
/// <seealso href="https://docs.datadoghq.com/integrations/webhooks/"/>
public sealed partial class DatadogParser : IAlertParser
{
    /// <summary>The source name this parser answers to.</summary>
    public const string SourceName = "datadog";

    public string Source => SourceName;

    public AlertParseResult Parse(ReadOnlySpan<byte> body) => AlertJson.Parse(body, root => [ReadAlert(root)]);

    private static NormalizedAlert ReadAlert(JsonElement root)
    {
        string title = AlertJson.RequireString(root, "title");
        Match prefix = TitlePrefix().Match(title);
        string transition = AlertJson.GetString(root, "alert_transition")
            ?? (prefix.Success ? prefix.Groups["transition"].Value : null)
            ?? throw new AlertPayloadException(
                $"field 'title' {AlertJson.Quote(title)} does not start with a monitor transition such as '[Triggered]', and there is no field 'alert_transition'");
        string monitorName = prefix.Success ? title[prefix.Length..].Trim() : title;
        string? scope = AlertJson.GetString(root, "alert_scope") ?? (prefix.Groups["scope"].Success ? prefix.Groups["scope"].Value : null);
        string monitor = AlertJson.GetString(root, "alert_id") ?? monitorName;
        string? priority = prefix.Groups["priority"].Success ? prefix.Groups["priority"].Value : null;
        AlertStatus status = StatusOf(transition);
        DateTimeOffset at = ReadMilliseconds(root, "date");
        IReadOnlyDictionary<string, string> labels = Labels(root, scope);
        string identity = AlertFingerprint.Bounded($"{SourceName}:{monitor}:{scope}");

        return new NormalizedAlert(
            Source: SourceName,
            Fingerprint: identity,
            GroupKey: identity,
            Status: status,
            Title: monitorName.Length > 0 ? monitorName : title,
            Description: Description(AlertJson.GetString(root, "body")),
            Service: labels.GetValueOrDefault("service"),
            Severity: AlertSeverities.FromName(priority)
                ?? (transition.Contains("Warn", StringComparison.OrdinalIgnoreCase) ? Incidents.Severity.Sev3 : null),
            StartsAt: at,
            EndsAt: status == AlertStatus.Resolved ? at : null,
            Link: AlertJson.GetString(root, "link"),
            Labels: labels);
    }

    private static AlertStatus StatusOf(string transition) => transition.Trim().ToLowerInvariant() switch
    {
        "triggered" or "re-triggered" or "warn" or "re-warn" => AlertStatus.Firing,
        "recovered" => AlertStatus.Resolved,
        "no data" or "re-no data" => AlertStatus.Unknown,
        _ => throw new AlertPayloadException(
            $"unknown monitor transition {AlertJson.Quote(transition)}; expected Triggered, Re-Triggered, Warn, Re-Warn, Recovered or No Data"),
    };

    /// <summary>The scope's <c>key:value</c> tags (<c>{host:db-1,service:api}</c>), the organisation and the event type.</summary>
    private static IReadOnlyDictionary<string, string> Labels(JsonElement root, string? scope)
    {
        Dictionary<string, string> labels = new(StringComparer.Ordinal);
        foreach (string tag in (scope ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int colon = tag.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                labels[tag[..colon]] = tag[(colon + 1)..];
            }
        }

        if (AlertJson.GetString(root, "event_type") is { } eventType)
        {
            labels["event_type"] = eventType;
        }

        if (root.TryGetProperty("org", out JsonElement org) && org.ValueKind == JsonValueKind.Object && AlertJson.GetString(org, "name") is { } orgName)
        {
            labels["org"] = orgName;
        }

        return labels.AsReadOnly();
    }

    /// <summary>The event text without Datadog's <c>%%%</c> Markdown markers.</summary>
    private static string? Description(string? body) =>
        body?.Replace("%%%", "", StringComparison.Ordinal).Trim() is { Length: > 0 } text ? text : null;

    /// <summary><c>$DATE</c> and <c>$LAST_UPDATED</c>: milliseconds since 1970, as a string or a number.</summary>
    private static DateTimeOffset ReadMilliseconds(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new AlertPayloadException($"missing field '{name}'");
        }

        string text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : AlertJson.RequireString(root, name);
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long milliseconds)
            || milliseconds > 253_402_300_799_999
            || !Time.PlausibleTimes.Contains(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)))
        {
            throw new AlertPayloadException($"field '{name}' must be milliseconds since 1970 ($DATE), got {AlertJson.Quote(text)}");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }

    [GeneratedRegex(@"^\s*(?:\[(?<priority>P[1-5])\]\s*)?\[(?<transition>[A-Za-z][A-Za-z -]*?)(?: on \{(?<scope>[^}]*)\})?\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitlePrefix();
}
