using System.Net;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Alerts;

/// <summary>Datadog's webhook, end to end: its real payload opens an incident, <c>Recovered</c> mitigates it, only its token gets in.</summary>
public sealed class DatadogEndpointTests : AlertSourceTest
{
    private const string Token = "datadog-token-for-tests";
    private const string Monitor = "DB Host is near the max CPU usage limit";

    public DatadogEndpointTests() => Bot.Settings["Alerts:datadog:Token"] = Token;

    [Fact]
    public async Task Post_TriggeredThenRecovered_OpensTheIncidentThenMitigatesIt()
    {
        var triggered = await PostAsync("/alerts/datadog", Fixture("datadog.json"), Bearer(Token));
        var recovered = await PostAsync("/alerts/datadog", Fixture("datadog.json", p => p["title"] = $"[Recovered on {{host:db-incident-sandbox}}] {Monitor}"), Bearer(Token));

        Assert.Equal(HttpStatusCode.Accepted, triggered.StatusCode);
        Assert.Equal(1, Opened(await JsonOf(triggered)));
        Assert.Equal(1, Updated(await JsonOf(recovered)));
        var incident = await WaitForAsync(1, i => i.GetProperty("status").GetString() == "mitigated");
        Assert.Equal(Monitor, incident.GetProperty("title").GetString());
        Assert.Equal(["alert-fired", "alert-resolved"], Kinds(incident).Where(k => k!.StartsWith("alert-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Post_WithoutOrWithWrongToken_Returns401AndRecordsNothing()
    {
        var unsigned = await PostAsync("/alerts/datadog", Fixture("datadog.json"));
        var wrong = await PostAsync("/alerts/datadog", Fixture("datadog.json"), Bearer("not-the-datadog-token"));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Authorization", await ErrorOf(wrong), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_TheUnrenderedDefaultTemplate_Returns400NamingTheTitle()
    {
        var response = await PostAsync("/alerts/datadog", Fixture("datadog_default_template.json"), Bearer(Token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'title'", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_TokenInACustomHeader_IsTheOnlyWayIn()
    {
        await using var bot = new BotFactory();
        bot.Settings["Alerts:datadog:Token"] = Token;
        bot.Settings["Alerts:datadog:Header"] = "X-Incident-Token";
        using var client = bot.CreateClient();

        var bearer = await PostAsync(client, "/alerts/datadog", Fixture("datadog.json"), Bearer(Token));
        var header = await PostAsync(client, "/alerts/datadog", Fixture("datadog.json"), r => r.Headers.Add("X-Incident-Token", Token));

        Assert.Equal(HttpStatusCode.Unauthorized, bearer.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, header.StatusCode);
        Assert.Single(await IncidentsAsync(client));
    }
}
