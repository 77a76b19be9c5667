using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class DatadogParserTests
{
    private const string Fixture = "datadog.json";
    private const string Monitor = "DB Host is near the max CPU usage limit";

    private readonly DatadogParser _parser = new();

    [Fact]
    public void Parse_RealCapture_FiresForTheMonitorAndItsHost()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read(Fixture)));

        Assert.Equal("datadog", alert.Source);
        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal(Monitor, alert.Title);
        Assert.Equal($"datadog:{Monitor}:host:db-incident-sandbox", alert.GroupKey);
        Assert.Equal(alert.GroupKey, alert.Fingerprint);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1746013550000), alert.StartsAt);
        Assert.Null(alert.EndsAt);
        Assert.StartsWith("## CPU usage reached a ceiling", alert.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("%%%", alert.Description, StringComparison.Ordinal);
        Assert.Equal("db-incident-sandbox", alert.Labels["host"]);
        Assert.Equal("query_alert_monitor", alert.Labels["event_type"]);
        Assert.Equal("IBM Ovora", alert.Labels["org"]);
        Assert.Null(alert.Severity);
    }

    [Fact]
    public void Parse_Recovered_ResolvesTheSameAlert()
    {
        NormalizedAlert fired = AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read(Fixture))[0];
        byte[] body = AlertFixtures.ReadWith(Fixture, payload =>
        {
            payload["title"] = $"[Recovered on {{host:db-incident-sandbox}}] {Monitor}";
            payload["date"] = "1746014150000";
        });

        NormalizedAlert recovered = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(AlertStatus.Resolved, recovered.Status);
        Assert.Equal(fired.Fingerprint, recovered.Fingerprint);
        Assert.Equal(fired.GroupKey, recovered.GroupKey);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1746014150000), recovered.EndsAt);
    }

    [Fact]
    public void Parse_AnotherHostOfTheMonitor_IsAnotherGroup()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload["title"] = $"[Triggered on {{host:db-2}}] {Monitor}");

        Assert.Equal($"datadog:{Monitor}:host:db-2", AlertFixtures.ParseAlerts(_parser, body)[0].GroupKey);
    }

    [Fact]
    public void Parse_TemplateWithMonitorIdScopeAndLink_GroupsByMonitorId()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload =>
        {
            payload["alert_id"] = "1234567";
            payload["alert_transition"] = "Triggered";
            payload["alert_scope"] = "host:db-incident-sandbox,service:orders";
            payload["link"] = "https://app.datadoghq.com/monitors/1234567";
        });

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal("datadog:1234567:host:db-incident-sandbox,service:orders", alert.GroupKey);
        Assert.Equal("orders", alert.Service);
        Assert.Equal("https://app.datadoghq.com/monitors/1234567", alert.Link);
    }

    [Fact]
    public void Parse_PriorityBeforeTheTransition_SetsTheSeverity()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload["title"] = $"[P1] [Triggered on {{host:db-incident-sandbox}}] {Monitor}");

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(Severity.Sev1, alert.Severity);
        Assert.Equal($"datadog:{Monitor}:host:db-incident-sandbox", alert.GroupKey);
    }

    [Theory]
    [InlineData("Warn", AlertStatus.Firing)]
    [InlineData("Re-Triggered", AlertStatus.Firing)]
    [InlineData("No Data", AlertStatus.Unknown)]
    public void Parse_OtherTransitions_MapAsDatadogMeansThem(string transition, AlertStatus expected)
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload["title"] = $"[{transition}] {Monitor}");

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(expected, alert.Status);
        Assert.Equal($"datadog:{Monitor}:", alert.GroupKey);
    }

    [Fact]
    public void Parse_Warn_IsSev3()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload["title"] = $"[Warn on {{host:db-incident-sandbox}}] {Monitor}");

        Assert.Equal(Severity.Sev3, AlertFixtures.ParseAlerts(_parser, body)[0].Severity);
    }

    [Fact]
    public void Parse_TheUnrenderedDefaultTemplate_NamesTheTitle()
    {
        string error = AlertFixtures.ParseError(_parser, AlertFixtures.Read("datadog_default_template.json"));

        Assert.Contains("'title'", error, StringComparison.Ordinal);
        Assert.Contains("[Triggered]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutDate_NamesIt()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload.Remove("date"));

        Assert.Equal("missing field 'date'", AlertFixtures.ParseError(_parser, body));
    }

    [Fact]
    public void Parse_UnknownTransition_NamesIt()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload["title"] = $"[Muted] {Monitor}");

        Assert.Contains("unknown monitor transition 'Muted'", AlertFixtures.ParseError(_parser, body), StringComparison.Ordinal);
    }
}
