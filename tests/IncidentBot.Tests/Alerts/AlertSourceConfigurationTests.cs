using System.Net;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Alerts;

/// <summary>A source whose secret is not configured has no door: 404, as for a source that does not exist, and nothing recorded.</summary>
public sealed class AlertSourceConfigurationTests : AlertSourceTest
{
    [Theory]
    [InlineData("datadog", "datadog.json", "Alerts:datadog:Token")]
    [InlineData("azure", "azure_monitor_common_alert_schema.json", "Alerts:azure:Token")]
    [InlineData("cloudwatch", "aws_sns_cloudwatch_alarm.json", "Alerts:cloudwatch:TopicArns")]
    [InlineData("pagerduty", "pagerduty.json", "Alerts:pagerduty:Secret")]
    public async Task Post_SourceNotConfigured_Returns404NamingTheKey(string source, string fixture, string key)
    {
        var response = await PostAsync($"/alerts/{source}", Fixture(fixture), Bearer(BotFactory.AlertToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(key, await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_UnknownSource_ListsOnlyTheConfiguredOnes()
    {
        var response = await PostAsync("/alerts/nagios", "{}"u8.ToArray());

        var error = await ErrorOf(response);
        Assert.Contains("alertmanager, generic, grafana.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("datadog", error, StringComparison.Ordinal);
    }
}
