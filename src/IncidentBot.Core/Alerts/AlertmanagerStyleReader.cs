using System.Text.Json;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Reads the webhook shape Prometheus Alertmanager defined and Grafana's embedded Alertmanager reuses: an
/// envelope with <c>version</c>, <c>groupKey</c> and <c>alerts</c>, each alert with <c>status</c>,
/// <c>labels</c>, <c>annotations</c>, <c>startsAt</c>, <c>endsAt</c> and <c>fingerprint</c>. The two parsers
/// differ only in their name, the version they accept and where an alert's link points.
/// </summary>
/// <seealso href="https://prometheus.io/docs/alerting/latest/configuration/#webhook_config"/>
internal sealed class AlertmanagerStyleReader(
    string source,
    string product,
    string expectedVersion,
    Func<JsonElement, string?> readLink)
{
    public AlertParseResult Parse(ReadOnlySpan<byte> body) => AlertJson.Parse(body, ReadDelivery);

    private IReadOnlyList<NormalizedAlert> ReadDelivery(JsonElement root)
    {
        string? version = AlertJson.GetString(root, "version");
        if (version != expectedVersion)
        {
            throw new AlertPayloadException(version is null
                ? $"missing field 'version'; expected {product} webhook version '{expectedVersion}'"
                : $"unsupported {product} webhook version {AlertJson.Quote(version)}; expected '{expectedVersion}'");
        }

        string groupKey = AlertFingerprint.Bounded($"{source}:{AlertJson.RequireString(root, "groupKey")}");
        return AlertJson.ReadAlerts(root, alert => ReadAlert(alert, groupKey));
    }

    private NormalizedAlert ReadAlert(JsonElement alert, string groupKey)
    {
        IReadOnlyDictionary<string, string> labels = AlertJson.GetStringMap(alert, "labels");
        IReadOnlyDictionary<string, string> annotations = AlertJson.GetStringMap(alert, "annotations");
        string fingerprint = AlertJson.GetString(alert, "fingerprint") ?? AlertFingerprint.FromLabels(labels);
        DateTimeOffset? endsAt = AlertJson.GetEndTime(alert, "endsAt");

        return new NormalizedAlert(
            Source: source,
            Fingerprint: AlertFingerprint.Bounded(fingerprint),
            GroupKey: groupKey,
            Status: AlertJson.GetStatus(alert, "status"),
            Title: ValueOf(annotations, "summary") ?? ValueOf(labels, "alertname") ?? $"Alert {fingerprint}",
            Description: ValueOf(annotations, "description"),
            Service: ValueOf(labels, "service") ?? ValueOf(labels, "job") ?? ValueOf(labels, "app"),
            Severity: AlertSeverities.FromName(ValueOf(labels, "severity")),
            StartsAt: AlertJson.RequireTime(alert, "startsAt"),
            EndsAt: endsAt,
            Link: readLink(alert),
            Labels: labels);
    }

    private static string? ValueOf(IReadOnlyDictionary<string, string> map, string key) =>
        map.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
