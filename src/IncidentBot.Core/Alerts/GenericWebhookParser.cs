using System.Text.Json;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Parses IncidentBot's own small JSON alert format, for monitoring tools without a parser of their own: most
/// can send a templated webhook, and a script can always <c>curl</c> one.
/// </summary>
/// <remarks>
/// <para>The body is one alert object, or <c>{ "alerts": [ … ] }</c> with several:</para>
/// <code>
/// {
///   "title": "Checkout error rate above 5%",   required
///   "status": "firing",                        "firing" (default) or "resolved"
///   "id": "checkout-error-rate",               or "fingerprint"; default: a hash of title and service
///   "groupKey": "checkout",                    default: the identity
///   "service": "checkout",
///   "severity": "sev2",                        sev1..sev4, p1..p4, critical, error, warning, info …
///   "description": "5.3% of requests fail",
///   "startsAt": "2024-05-01T12:00:00Z",        ISO-8601 with Z or an offset; required when firing
///   "endsAt": "2024-05-01T12:30:00Z",          ISO-8601, optional
///   "link": "https://grafana.example.com/d/checkout",
///   "labels": { "region": "eu-1" }             string values only
/// }
/// </code>
/// <para>Identity and grouping key: the alert's <c>id</c> (else <c>fingerprint</c>, else a hash of
/// <c>title</c> and <c>service</c>) identifies it across deliveries; the grouping key is <c>generic:</c> +
/// <c>groupKey</c>, which defaults to the identity, so alerts open one incident each unless they share a
/// <c>groupKey</c>.</para>
/// <para>Resolve rule: send the same identity with <c>"status": "resolved"</c>. <c>startsAt</c> is required
/// for firing alerts because the parser cannot know when the problem began; a resolved alert without it takes
/// <c>endsAt</c> instead, and one with neither is rejected. An unknown severity word is ignored (the incident
/// gets its default severity); every other malformed field rejects the delivery with a reason.</para>
/// </remarks>
public sealed class GenericWebhookParser : IAlertParser
{
    /// <summary>The source name this parser answers to.</summary>
    public const string SourceName = "generic";

    public string Source => SourceName;

    public AlertParseResult Parse(ReadOnlySpan<byte> body) => AlertJson.Parse(body, ReadDelivery);

    private static IReadOnlyList<NormalizedAlert> ReadDelivery(JsonElement root) =>
        root.TryGetProperty("alerts", out _) ? AlertJson.ReadAlerts(root, ReadAlert) : [ReadAlert(root)];

    private static NormalizedAlert ReadAlert(JsonElement alert)
    {
        string title = AlertJson.RequireString(alert, "title");
        string? service = AlertJson.GetString(alert, "service");
        string identity = AlertJson.GetString(alert, "id")
            ?? AlertJson.GetString(alert, "fingerprint")
            ?? AlertFingerprint.FromParts([title, service]);
        AlertStatus status = AlertJson.GetStatus(alert, "status", AlertStatus.Firing);
        DateTimeOffset? endsAt = AlertJson.GetEndTime(alert, "endsAt");

        return new NormalizedAlert(
            Source: SourceName,
            Fingerprint: AlertFingerprint.Bounded(identity),
            GroupKey: AlertFingerprint.Bounded($"{SourceName}:{AlertJson.GetString(alert, "groupKey") ?? identity}"),
            Status: status,
            Title: title,
            Description: AlertJson.GetString(alert, "description"),
            Service: service,
            Severity: AlertSeverities.FromName(AlertJson.GetString(alert, "severity")),
            StartsAt: ReadStartsAt(alert, status, endsAt),
            EndsAt: endsAt,
            Link: AlertJson.GetString(alert, "link"),
            Labels: AlertJson.GetStringMap(alert, "labels"));
    }

    private static DateTimeOffset ReadStartsAt(JsonElement alert, AlertStatus status, DateTimeOffset? endsAt)
    {
        DateTimeOffset? startsAt = AlertJson.GetStartTime(alert, "startsAt");
        return (startsAt, status) switch
        {
            ({ } start, _) => start,
            (null, AlertStatus.Resolved) when endsAt is { } end => end,
            (null, AlertStatus.Resolved) => throw new AlertPayloadException("missing field 'startsAt' (or 'endsAt' for a resolved alert)"),
            _ => throw new AlertPayloadException("missing field 'startsAt' (required for a firing alert)"),
        };
    }
}
