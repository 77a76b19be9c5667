using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Security;
using IncidentBot.Tests.Alerts;

namespace IncidentBot.Tests.Host;

public sealed class AlertEndpointTests : AlertSourceTest
{
    [Fact]
    public async Task PostAlert_WithoutToken_Returns401AndOpensNothing()
    {
        var response = await Client.PostAsync("/alerts/alertmanager", Json(TestPayloads.Bytes("Fixtures", "alerts", "alertmanager.json")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task PostAlert_WithWrongToken_Returns401AndOpensNothing()
    {
        var response = await SendAlertAsync("alertmanager", TestPayloads.Bytes("Fixtures", "alerts", "alertmanager.json"), "not-the-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("wrong", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task PostAlert_MalformedJson_Returns400WithReason()
    {
        var response = await SendAlertAsync("alertmanager", "{\"version\": \"4\", \"alerts\": "u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await ErrorOf(response)));
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task PostAlert_UnknownSource_Returns404NamingTheKnownOnes()
    {
        var response = await SendAlertAsync("nagios", "{}"u8.ToArray());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("alertmanager", await ErrorOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAlert_Firing_OpensIncidentPagesOnCallAndRepeatChangesNothing()
    {
        var body = TestPayloads.Bytes("Fixtures", "alerts", "alertmanager.json");

        var first = await SendAlertAsync("alertmanager", body);
        var again = await SendAlertAsync("alertmanager", body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opened")[0].GetInt32());
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetInt32());
        var incident = await WaitForAsync(1, i => Kinds(i).Contains("paged"));
        Assert.Equal("BlackBox Probe Failure: https://server.example.org", incident.GetProperty("title").GetString());
        Assert.Equal("sev1", incident.GetProperty("severity").GetString());
        Assert.StartsWith("inc-1-blackbox-probe-failure", incident.GetProperty("channel").GetString(), StringComparison.Ordinal);
        Assert.Single(Kinds(incident), k => k == "alert-fired");
        Assert.Single(await IncidentsAsync());
        Assert.Contains(Bot.Workspace.MessagesSeenBy("D-ada", "ada"), m => m.Buttons.Any(b => b.Label == "Acknowledge"));
    }

    [Fact]
    public async Task PostAlert_GrafanaSignedWithHmac_IsAcceptedAndBadSignatureIsNot()
    {
        var body = TestPayloads.Bytes("Fixtures", "alerts", "grafana.json");
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/alerts/grafana") { Content = Json(body) };
        forged.Headers.Add(RequestAuthenticator.SignatureHeader, RequestAuthenticator.Sign(body, "some-other-secret"));
        using var signed = new HttpRequestMessage(HttpMethod.Post, "/alerts/grafana") { Content = Json(body) };
        signed.Headers.Add(RequestAuthenticator.SignatureHeader, RequestAuthenticator.Sign(body, BotFactory.GrafanaHmacSecret));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Client.SendAsync(signed)).StatusCode);
    }

    [Fact]
    public async Task GetIncidents_WithoutApiToken_Returns401()
    {
        var response = await Client.GetAsync("/api/incidents");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostChange_WithoutToken_Returns401_AndWithoutServiceReturns400()
    {
        var unauthenticated = await Client.PostAsync("/changes", JsonContent.Create(new { service = "api", version = "2" }));
        using var missingService = new HttpRequestMessage(HttpMethod.Post, "/changes") { Content = JsonContent.Create(new { version = "2" }) };
        missingService.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ChangesToken);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        var bad = await Client.SendAsync(missingService);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("service", await ErrorOf(bad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_IsOpen()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    [Fact]
    public async Task PostAlert_GroupKeyOfSeveralKilobytes_OpensOneIncidentThatTheNextAlertOfTheGroupJoins()
    {
        var groupKey = "{}/{severity=\"critical\"}:{" + string.Join(", ", Enumerable.Range(1, 120).Select(i => $"label{i}=\"value-{i}\"")) + "}";
        Assert.True(groupKey.Length > 2000);

        var first = await SendAlertAsync("generic", JsonSerializer.SerializeToUtf8Bytes(new { title = "Disk full", id = "disk-1", groupKey, startsAt = DateTimeOffset.UtcNow }));
        var second = await SendAlertAsync("generic", JsonSerializer.SerializeToUtf8Bytes(new { title = "Disk full on replica", id = "disk-2", groupKey, startsAt = DateTimeOffset.UtcNow }));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opened")[0].GetInt32());
        Assert.Equal(1, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updated")[0].GetInt32());
        Assert.Single(await IncidentsAsync());
    }

    private async Task<HttpResponseMessage> SendAlertAsync(string source, byte[] body, string token = BotFactory.AlertToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/alerts/{source}") { Content = Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }
}
