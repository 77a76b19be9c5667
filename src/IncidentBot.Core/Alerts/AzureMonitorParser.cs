using System.Text.Json;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Parses Azure Monitor's common alert schema (<c>schemaId</c> <c>azureMonitorCommonAlertSchema</c>), which an
/// action group's webhook sends with "Enable the common alert schema" on, for metric, log, activity-log and
/// every other kind of Azure alert alike.
/// </summary>
/// <remarks>
/// <para>Grouping key and identity: <c>azure:</c> + <c>data.essentials.alertId</c>, the id Azure keeps for one
/// alert from its firing to its resolution.</para>
/// <para>Resolve rule: <c>monitorCondition</c> <c>Fired</c> fires (at <c>firedDateTime</c>), <c>Resolved</c>
/// resolves (at <c>resolvedDateTime</c>).</para>
/// <para>Severity: Azure's five levels read as the bot reads the same words elsewhere: Sev0 (critical) is sev1,
/// Sev1 (error) sev2, Sev2 (warning) sev3, Sev3 (informational) and Sev4 (verbose) sev4.</para>
/// <para>Fields: title = <c>alertRule</c>; description = <c>description</c>; service = the first of
/// <c>configurationItems</c>; labels = <c>data.customProperties</c> with <c>signalType</c>,
/// <c>monitoringService</c> and <c>severity</c>.</para>
/// </remarks>
/// <seealso href="https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-common-schema"/>
public sealed class AzureMonitorParser : IAlertParser
{
    /// <summary>The source name this parser answers to.</summary>
    public const string SourceName = "azure";

    private const string SchemaId = "azureMonitorCommonAlertSchema";

    public string Source => SourceName;

    public AlertParseResult Parse(ReadOnlySpan<byte> body) => AlertJson.Parse(body, root => [ReadAlert(root)]);

    private static NormalizedAlert ReadAlert(JsonElement root)
    {
        string? schema = AlertJson.GetString(root, "schemaId");
        if (schema != SchemaId)
        {
            throw new AlertPayloadException(schema is null
                ? $"missing field 'schemaId'; expected '{SchemaId}' (turn on the common alert schema in the action group)"
                : $"field 'schemaId' is {AlertJson.Quote(schema)}; expected '{SchemaId}' (turn on the common alert schema in the action group)");
        }

        JsonElement data = AlertJson.RequireObject(root, "data");
        JsonElement essentials = AlertJson.RequireObject(data, "essentials", "data.essentials");
        string alertId = AlertJson.RequireString(essentials, "alertId");
        AlertStatus status = StatusOf(AlertJson.RequireString(essentials, "monitorCondition"));
        string? severity = AlertJson.GetString(essentials, "severity");
        Dictionary<string, string> labels = new(AlertJson.GetStringMap(data, "customProperties"), StringComparer.Ordinal);
        AddLabel(labels, essentials, "signalType");
        AddLabel(labels, essentials, "monitoringService");
        AddLabel(labels, essentials, "severity");
        DateTimeOffset firedAt = AlertJson.RequireTime(essentials, "firedDateTime");
        string key = AlertFingerprint.Bounded($"{SourceName}:{alertId}");

        return new NormalizedAlert(
            Source: SourceName,
            Fingerprint: key,
            GroupKey: key,
            Status: status,
            Title: AlertJson.RequireString(essentials, "alertRule"),
            Description: AlertJson.GetString(essentials, "description"),
            Service: FirstString(essentials, "configurationItems"),
            Severity: SeverityOf(severity),
            StartsAt: firedAt,
            EndsAt: status == AlertStatus.Resolved ? AlertJson.GetEndTime(essentials, "resolvedDateTime") : null,
            Link: null,
            Labels: labels.AsReadOnly());
    }

    private static AlertStatus StatusOf(string condition) => condition switch
    {
        "Fired" => AlertStatus.Firing,
        "Resolved" => AlertStatus.Resolved,
        _ => throw new AlertPayloadException($"field 'monitorCondition' is {AlertJson.Quote(condition)}; expected 'Fired' or 'Resolved'"),
    };

    /// <summary>Azure's Sev0 (critical) to Sev4 (verbose); an unknown value gives the incident its default severity.</summary>
    private static Severity? SeverityOf(string? severity) => severity switch
    {
        "Sev0" => Severity.Sev1,
        "Sev1" => Severity.Sev2,
        "Sev2" => Severity.Sev3,
        "Sev3" or "Sev4" => Severity.Sev4,
        _ => null,
    };

    private static void AddLabel(Dictionary<string, string> labels, JsonElement essentials, string name)
    {
        if (AlertJson.GetString(essentials, name) is { } value)
        {
            labels[name] = value;
        }
    }

    private static string? FirstString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement items) && items.ValueKind == JsonValueKind.Array
            && items.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.String } first
            && !string.IsNullOrWhiteSpace(first.GetString())
            ? first.GetString()
            : null;
}
