using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class PagerDutyParserTests
{
    private const string Triggered = "pagerduty.json";

    private readonly PagerDutyParser _parser = new();

    [Fact]
    public void Parse_Triggered_FiresThePagerDutyIncident()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read(Triggered)));

        Assert.Equal("pagerduty", alert.Source);
        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal("pagerduty:Q2X369CTEOAGYM", alert.GroupKey);
        Assert.Equal(alert.GroupKey, alert.Fingerprint);
        Assert.StartsWith("[Critical] Critical | Staging | AWS INF | SQS", alert.Title, StringComparison.Ordinal);
        Assert.Equal("SRE-OTR-FTL", alert.Service);
        Assert.Equal(Severity.Sev2, alert.Severity);
        Assert.Equal("https://example-inc.pagerduty.com/incidents/Q2X369CTEOAGYM", alert.Link);
        Assert.Equal(new DateTimeOffset(2025, 8, 2, 5, 33, 7, TimeSpan.Zero), alert.StartsAt);
        Assert.Null(alert.AcknowledgedBy);
        Assert.Equal("OTR-LTL-New_Merge", alert.Labels["escalation_policy"]);
        Assert.Equal("320624", alert.Labels["number"]);
    }

    [Fact]
    public void Parse_Acknowledged_KeepsFiringAndNamesWhoAcknowledged()
    {
        byte[] body = Event(Triggered, pagerEvent =>
        {
            pagerEvent["event_type"] = "incident.acknowledged";
            pagerEvent["agent"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "user_reference", ["summary"] = "Tenex Engineer" };
        });

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal("pagerduty:Q2X369CTEOAGYM", alert.Fingerprint);
        Assert.Equal("Tenex Engineer (PagerDuty)", alert.AcknowledgedBy);
    }

    [Fact]
    public void Parse_Resolved_ResolvesWhenItHappened()
    {
        byte[] body = Event(Triggered, pagerEvent =>
        {
            pagerEvent["event_type"] = "incident.resolved";
            pagerEvent["occurred_at"] = "2025-08-02T06:10:00.000Z";
        });

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal(new DateTimeOffset(2025, 8, 2, 6, 10, 0, TimeSpan.Zero), alert.EndsAt);
    }

    [Fact]
    public void Parse_PriorityUpdated_IsAnsweredWithNoAlert()
    {
        AlertParseResult result = _parser.Parse(AlertFixtures.Read("pagerduty_v3_incident_priority_updated.json"));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Alerts);
    }

    [Fact]
    public void Parse_PriorityP1_IsSev1()
    {
        byte[] body = Event("pagerduty_v3_incident_priority_updated.json", pagerEvent => pagerEvent["event_type"] = "incident.triggered");

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(Severity.Sev1, alert.Severity);
        Assert.Equal("A little bump in the road", alert.Title);
    }

    [Fact]
    public void Parse_WithoutEvent_NamesIt()
    {
        Assert.Equal("missing field 'event'", AlertFixtures.ParseError(_parser, AlertFixtures.Read("grafana.json")));
    }

    [Fact]
    public void Parse_TriggeredWithoutIncidentId_NamesIt()
    {
        byte[] body = Event(Triggered, pagerEvent => pagerEvent["data"]!.AsObject().Remove("id"));

        Assert.Equal("missing field 'id'", AlertFixtures.ParseError(_parser, body));
    }

    private static byte[] Event(string fixture, Action<System.Text.Json.Nodes.JsonObject> change) =>
        AlertFixtures.ReadWith(fixture, payload => change(payload["event"]!.AsObject()));
}
