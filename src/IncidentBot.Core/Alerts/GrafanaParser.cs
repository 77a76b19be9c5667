namespace IncidentBot.Core.Alerts;

/// <summary>
/// Parses Grafana unified alerting's webhook contact point (<c>version</c> "1"). Grafana sends Alertmanager's
/// alert shape plus <c>values</c>, <c>silenceURL</c>, <c>dashboardURL</c> and <c>panelURL</c>, so the fields
/// map as in <see cref="AlertmanagerParser"/>; only the link differs, pointing responders at the panel first.
/// </summary>
/// <remarks>
/// <para>Grouping key: <c>grafana:</c> + the payload's <c>groupKey</c> (set by the notification policy's
/// <c>group_by</c>). Identity: the alert's <c>fingerprint</c>.</para>
/// <para>Resolve rule: an alert whose <c>status</c> is <c>resolved</c> is resolved, at <c>endsAt</c>.</para>
/// <para>Link: the first non-empty of <c>panelURL</c>, <c>dashboardURL</c>, <c>generatorURL</c>.</para>
/// </remarks>
/// <seealso href="https://grafana.com/docs/grafana/latest/alerting/configure-notifications/manage-contact-points/integrations/webhook-notifier/"/>
public sealed class GrafanaParser : IAlertParser
{
    /// <summary>The source name this parser answers to.</summary>
    public const string SourceName = "grafana";

    private readonly AlertmanagerStyleReader _reader = new(
        SourceName,
        "Grafana",
        "1",
        static alert => AlertJson.GetString(alert, "panelURL")
            ?? AlertJson.GetString(alert, "dashboardURL")
            ?? AlertJson.GetString(alert, "generatorURL"));

    public string Source => SourceName;

    public AlertParseResult Parse(ReadOnlySpan<byte> body) => _reader.Parse(body);
}
