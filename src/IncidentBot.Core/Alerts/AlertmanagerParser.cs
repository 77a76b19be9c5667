namespace IncidentBot.Core.Alerts;

/// <summary>
/// Parses Prometheus Alertmanager's webhook (<c>version</c> "4"), so that any Prometheus setup can open
/// incidents with a plain <c>webhook_config</c> pointing at <c>/alerts/alertmanager</c>.
/// </summary>
/// <remarks>
/// <para>Grouping key: <c>alertmanager:</c> + the payload's <c>groupKey</c>, so alerts Alertmanager groups into
/// one notification land in one incident. Identity: the alert's <c>fingerprint</c> (a hash of its sorted labels
/// when absent).</para>
/// <para>Resolve rule: an alert whose <c>status</c> is <c>resolved</c> is resolved, at <c>endsAt</c>.
/// <c>endsAt</c> is Go's zero time while an alert fires and is then reported as <c>null</c>.</para>
/// <para>Fields: title = annotation <c>summary</c>, else label <c>alertname</c>; description = annotation
/// <c>description</c>; service = label <c>service</c>, else <c>job</c>, else <c>app</c>; severity = label
/// <c>severity</c>; link = <c>generatorURL</c>; labels as sent.</para>
/// </remarks>
/// <seealso href="https://prometheus.io/docs/alerting/latest/configuration/#webhook_config"/>
public sealed class AlertmanagerParser : IAlertParser
{
    /// <summary>The source name this parser answers to.</summary>
    public const string SourceName = "alertmanager";

    private readonly AlertmanagerStyleReader _reader =
        new(SourceName, "Alertmanager", "4", static alert => AlertJson.GetString(alert, "generatorURL"));

    public string Source => SourceName;

    public AlertParseResult Parse(ReadOnlySpan<byte> body) => _reader.Parse(body);
}
