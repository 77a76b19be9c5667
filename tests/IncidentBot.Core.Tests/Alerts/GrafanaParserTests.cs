using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class GrafanaParserTests
{
    private const string Fixture = "grafana.json";

    private readonly GrafanaParser _parser = new();

    [Fact]
    public void Parse_DocsExample_ReturnsBothAlerts()
    {
        IReadOnlyList<NormalizedAlert> alerts = AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read(Fixture));

        Assert.Equal(2, alerts.Count);
        NormalizedAlert memory = alerts[0];
        Assert.Equal("grafana", memory.Source);
        Assert.Equal("This alert was triggered for zone us-1", memory.Title);
        Assert.Equal("The system has high memory usage", memory.Description);
        Assert.Equal("c6eadffa33fcdf37", memory.Fingerprint);
        Assert.Equal("grafana:{}:{}", memory.GroupKey);
        Assert.Equal(AlertStatus.Firing, memory.Status);
        Assert.Equal(new DateTimeOffset(2021, 10, 12, 7, 51, 3, TimeSpan.Zero).AddTicks(1_570_760), memory.StartsAt);
        Assert.Equal(TimeSpan.Zero, memory.StartsAt.Offset);
        Assert.Null(memory.EndsAt);
        Assert.Null(memory.Service);
        Assert.Null(memory.Severity);
        Assert.Equal("https://play.grafana.org/alerting/1afz29v7z/edit", memory.Link);
        Assert.Equal("us-1", memory.Labels["zone"]);

        NormalizedAlert cpu = alerts[1];
        Assert.Equal("This alert was triggered for zone eu-1", cpu.Title);
        Assert.Equal("bc97ff14869b13e3", cpu.Fingerprint);
        Assert.Equal("grafana:{}:{}", cpu.GroupKey);
        Assert.Equal(new DateTimeOffset(2021, 10, 12, 7, 56, 3, TimeSpan.Zero).AddTicks(1_570_760), cpu.StartsAt);
        Assert.Equal("https://play.grafana.org/alerting/d1rdpdv7k/edit", cpu.Link);
    }

    [Fact]
    public void Parse_PanelAndDashboardUrls_LinksToPanel()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert =>
        {
            alert["dashboardURL"] = "https://play.grafana.org/d/abc";
            alert["panelURL"] = "https://play.grafana.org/d/abc?viewPanel=2";
        });

        Assert.Equal("https://play.grafana.org/d/abc?viewPanel=2", AlertFixtures.ParseAlerts(_parser, body)[0].Link);
    }

    [Fact]
    public void Parse_DashboardUrlOnly_LinksToDashboard()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert => alert["dashboardURL"] = "https://play.grafana.org/d/abc");

        Assert.Equal("https://play.grafana.org/d/abc", AlertFixtures.ParseAlerts(_parser, body)[0].Link);
    }

    [Fact]
    public void Parse_ResolvedAlert_ReturnsResolvedWithEndsAt()
    {
        byte[] body = AlertFixtures.ReadWithFirstAlert(Fixture, alert =>
        {
            alert["status"] = "resolved";
            alert["endsAt"] = "2021-10-12T10:06:03.157076+02:00";
        });

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal(new DateTimeOffset(2021, 10, 12, 8, 6, 3, TimeSpan.Zero).AddTicks(1_570_760), alert.EndsAt);
    }

    [Fact]
    public void Parse_AlertmanagerPayload_ReturnsVersionFailure()
    {
        string error = AlertFixtures.ParseError(_parser, AlertFixtures.Read("alertmanager.json"));

        Assert.Equal("unsupported Grafana webhook version '4'; expected '1'", error);
    }

    [Fact]
    public void Parse_LegacyAlertingPayload_ReturnsMissingVersionFailure()
    {
        string error = AlertFixtures.ParseError(_parser, """{ "ruleName": "CPU", "state": "alerting", "evalMatches": [] }"""u8);

        Assert.Equal("missing field 'version'; expected Grafana webhook version '1'", error);
    }

    [Fact]
    public void Parse_MissingAlerts_ReturnsFailure()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload.Remove("alerts"));

        Assert.Equal("missing field 'alerts'", AlertFixtures.ParseError(_parser, body));
    }
}
