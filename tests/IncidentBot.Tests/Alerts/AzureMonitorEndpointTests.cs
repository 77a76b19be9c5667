using System.Net;

namespace IncidentBot.Tests.Alerts;

/// <summary>Azure Monitor's action group webhook, end to end: the token rides in the URL, as action groups can send no header.</summary>
public sealed class AzureMonitorEndpointTests : AlertSourceTest
{
    private const string Token = "azure-token-for-tests";
    private const string DocsExample = "azure_monitor_common_alert_schema.json";

    public AzureMonitorEndpointTests() => Bot.Settings["Alerts:azure:Token"] = Token;

    [Fact]
    public async Task Post_FiredThenTheResolvedDocsExample_OpensTheIncidentThenMitigatesIt()
    {
        var fired = await PostAsync($"/alerts/azure?token={Token}", Fired());
        var resolved = await PostAsync($"/alerts/azure?token={Token}", Fixture(DocsExample));

        Assert.Equal(HttpStatusCode.Accepted, fired.StatusCode);
        Assert.Equal(1, Opened(await JsonOf(fired)));
        Assert.Equal(1, Updated(await JsonOf(resolved)));
        var incident = await WaitForAsync(1, i => i.GetProperty("status").GetString() == "mitigated");
        Assert.Equal("WCUS-R2-Gen2", incident.GetProperty("title").GetString());
        Assert.Equal("sev4", incident.GetProperty("severity").GetString());
        Assert.Contains("alert-resolved", Kinds(incident));
    }

    [Fact]
    public async Task Post_TheResolvedDocsExampleAlone_OpensNothing()
    {
        var response = await PostAsync($"/alerts/azure?token={Token}", Fixture(DocsExample));

        Assert.Equal(1, (await JsonOf(response)).GetProperty("ignored").GetInt32());
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_TokenAsBearerHeader_IsAccepted()
    {
        var response = await PostAsync("/alerts/azure", Fired(), Bearer(Token));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("/alerts/azure")]
    [InlineData("/alerts/azure?token=not-the-azure-token")]
    [InlineData("/alerts/azure?token=azure-token-for-test")]
    public async Task Post_WithoutOrWithWrongToken_Returns401AndRecordsNothing(string path)
    {
        var response = await PostAsync(path, Fired());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("token", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_WithoutTheCommonSchema_Returns400NamingIt()
    {
        var response = await PostAsync($"/alerts/azure?token={Token}", Fixture(DocsExample, p => p.Remove("schemaId")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("schemaId", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    private static byte[] Fired() => Fixture(DocsExample, payload =>
    {
        var essentials = payload["data"]!["essentials"]!.AsObject();
        essentials["monitorCondition"] = "Fired";
        essentials.Remove("resolvedDateTime");
    });
}
