using System.Text.Json;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Parses PagerDuty's V3 webhooks (<c>{"event": {…}}</c>), so a team that pages with PagerDuty runs the
/// incident in chat: what PagerDuty triggers opens an incident here, its acknowledgement and resolution follow.
/// </summary>
/// <remarks>
/// <para>Grouping key and identity: <c>pagerduty:</c> + the PagerDuty incident's id (<c>event.data.id</c>): one
/// PagerDuty incident is one alert and one incident here.</para>
/// <para>Resolve rule: <c>incident.triggered</c> fires (at the incident's <c>created_at</c>),
/// <c>incident.acknowledged</c> keeps it firing and acknowledges the incident here in the name of the
/// acknowledging PagerDuty user (<c>event.agent</c>), <c>incident.resolved</c> resolves (at
/// <c>occurred_at</c>). Every other event type (priority changes, notes, reassignments …) is answered and
/// ignored: the parser returns no alert, so nothing is recorded.</para>
/// <para>Fields: title = <c>title</c>; service = <c>service.summary</c>; severity = the priority's name
/// (<c>P1</c> … <c>P4</c>), else the urgency (<c>high</c> sev2, <c>low</c> sev4); link = <c>html_url</c>.</para>
/// </remarks>
/// <seealso href="https://developer.pagerduty.com/docs/webhooks-overview"/>
public sealed class PagerDutyParser : IAlertParser
{
    /// <summary>The source name this parser answers to.</summary>
    public const string SourceName = "pagerduty";

    public string Source => SourceName;

    public AlertParseResult Parse(ReadOnlySpan<byte> body) => AlertJson.Parse(body, ReadEvent);

    private static IReadOnlyList<NormalizedAlert> ReadEvent(JsonElement root)
    {
        JsonElement pagerEvent = AlertJson.RequireObject(root, "event");
        string eventType = AlertJson.RequireString(pagerEvent, "event_type");
        if (eventType is not ("incident.triggered" or "incident.acknowledged" or "incident.resolved"))
        {
            return [];
        }

        JsonElement incident = AlertJson.RequireObject(pagerEvent, "data", "event.data");
        string id = AlertJson.RequireString(incident, "id");
        DateTimeOffset occurredAt = AlertJson.RequireTime(pagerEvent, "occurred_at");
        AlertStatus status = eventType == "incident.resolved" ? AlertStatus.Resolved : AlertStatus.Firing;
        string key = AlertFingerprint.Bounded($"{SourceName}:{id}");

        return
        [
            new NormalizedAlert(
                Source: SourceName,
                Fingerprint: key,
                GroupKey: key,
                Status: status,
                Title: AlertJson.RequireString(incident, "title"),
                Description: null,
                Service: Summary(incident, "service"),
                Severity: AlertSeverities.FromName(Summary(incident, "priority")) ?? AlertSeverities.FromName(AlertJson.GetString(incident, "urgency")),
                StartsAt: AlertJson.GetStartTime(incident, "created_at") ?? occurredAt,
                EndsAt: status == AlertStatus.Resolved ? occurredAt : null,
                Link: AlertJson.GetString(incident, "html_url"),
                Labels: Labels(incident))
            {
                AcknowledgedBy = eventType == "incident.acknowledged" ? $"{Summary(pagerEvent, "agent") ?? "someone"} (PagerDuty)" : null,
            },
        ];
    }

    /// <summary>The <c>summary</c> of a reference object (<c>service</c>, <c>priority</c>, <c>agent</c>); null when absent.</summary>
    private static string? Summary(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement reference) && reference.ValueKind == JsonValueKind.Object
            ? AlertJson.GetString(reference, "summary")
            : null;

    private static IReadOnlyDictionary<string, string> Labels(JsonElement incident)
    {
        Dictionary<string, string> labels = new(StringComparer.Ordinal);
        foreach ((string label, string? value) in new[]
        {
            ("urgency", AlertJson.GetString(incident, "urgency")),
            ("service", Summary(incident, "service")),
            ("escalation_policy", Summary(incident, "escalation_policy")),
            ("priority", Summary(incident, "priority")),
        })
        {
            if (value is not null)
            {
                labels[label] = value;
            }
        }

        if (incident.TryGetProperty("number", out JsonElement number) && number.ValueKind == JsonValueKind.Number)
        {
            labels["number"] = number.GetRawText();
        }

        return labels.AsReadOnly();
    }
}
