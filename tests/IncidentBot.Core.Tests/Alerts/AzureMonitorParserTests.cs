using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class AzureMonitorParserTests
{
    private const string Fixture = "azure_monitor_common_alert_schema.json";
    private const string AlertId = "/subscriptions/<subscription ID>/providers/Microsoft.AlertsManagement/alerts/b9569717-bc32-442f-add5-83a997729330";

    private readonly AzureMonitorParser _parser = new();

    [Fact]
    public void Parse_DocsExample_ResolvesTheAlertAtItsResolvedTime()
    {
        NormalizedAlert alert = Assert.Single(AlertFixtures.ParseAlerts(_parser, AlertFixtures.Read(Fixture)));

        Assert.Equal("azure", alert.Source);
        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal($"azure:{AlertId}", alert.GroupKey);
        Assert.Equal(alert.GroupKey, alert.Fingerprint);
        Assert.Equal("WCUS-R2-Gen2", alert.Title);
        Assert.Null(alert.Description);
        Assert.Equal("wcus-r2-gen2", alert.Service);
        Assert.Equal(Severity.Sev4, alert.Severity);
        Assert.Equal(new DateTimeOffset(2019, 3, 22, 13, 58, 24, TimeSpan.Zero).AddTicks(3_713_213), alert.StartsAt);
        Assert.Equal(new DateTimeOffset(2019, 3, 22, 14, 3, 16, TimeSpan.Zero).AddTicks(2_246_313), alert.EndsAt);
        Assert.Equal("Value1", alert.Labels["Key1"]);
        Assert.Equal("Metric", alert.Labels["signalType"]);
        Assert.Equal("Platform", alert.Labels["monitoringService"]);
    }

    [Fact]
    public void Parse_Fired_FiresTheSameAlertWithoutAnEnd()
    {
        byte[] body = Essentials(essentials =>
        {
            essentials["monitorCondition"] = "Fired";
            essentials.Remove("resolvedDateTime");
        });

        NormalizedAlert alert = AlertFixtures.ParseAlerts(_parser, body)[0];

        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal($"azure:{AlertId}", alert.Fingerprint);
        Assert.Null(alert.EndsAt);
    }

    [Theory]
    [InlineData("Sev0", Severity.Sev1)]
    [InlineData("Sev1", Severity.Sev2)]
    [InlineData("Sev2", Severity.Sev3)]
    [InlineData("Sev3", Severity.Sev4)]
    [InlineData("Sev4", Severity.Sev4)]
    public void Parse_AzureSeverity_MapsAsTheSameWordsElsewhere(string azure, Severity expected)
    {
        byte[] body = Essentials(essentials => essentials["severity"] = azure);

        Assert.Equal(expected, AlertFixtures.ParseAlerts(_parser, body)[0].Severity);
    }

    [Fact]
    public void Parse_WithoutTheCommonSchema_SaysToTurnItOn()
    {
        byte[] body = AlertFixtures.ReadWith(Fixture, payload => payload.Remove("schemaId"));

        Assert.Contains("common alert schema", AlertFixtures.ParseError(_parser, body), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutAlertId_NamesIt()
    {
        byte[] body = Essentials(essentials => essentials.Remove("alertId"));

        Assert.Equal("missing field 'alertId'", AlertFixtures.ParseError(_parser, body));
    }

    [Fact]
    public void Parse_UnknownCondition_NamesTheExpectedOnes()
    {
        byte[] body = Essentials(essentials => essentials["monitorCondition"] = "Paused");

        Assert.Contains("expected 'Fired' or 'Resolved'", AlertFixtures.ParseError(_parser, body), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GrafanaPayload_IsRefused()
    {
        Assert.Contains("schemaId", AlertFixtures.ParseError(_parser, AlertFixtures.Read("grafana.json")), StringComparison.Ordinal);
    }

    private static byte[] Essentials(Action<System.Text.Json.Nodes.JsonObject> change) =>
        AlertFixtures.ReadWith(Fixture, payload => change(payload["data"]!["essentials"]!.AsObject()));
}
