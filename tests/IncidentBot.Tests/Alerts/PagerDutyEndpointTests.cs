using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Alerts;

namespace IncidentBot.Tests.Alerts;

/// <summary>
/// PagerDuty's V3 webhooks, end to end: a triggered PagerDuty incident runs in chat, acknowledged and resolved
/// there follow here; only deliveries signed with the subscription's secret get in.
/// </summary>
public sealed class PagerDutyEndpointTests : AlertSourceTest
{
    private const string Secret = "pagerduty-secret-for-tests";

    public PagerDutyEndpointTests() => Bot.Settings["Alerts:pagerduty:Secret"] = Secret;

    [Fact]
    public async Task Post_TriggeredAcknowledgedResolved_OpensAcknowledgesAndMitigatesTheIncident()
    {
        var triggered = await SignedAsync(Fixture("pagerduty.json"));
        await WaitForAsync(1, i => Kinds(i).Contains("paged"));
        var acknowledged = await SignedAsync(Event(e =>
        {
            e["event_type"] = "incident.acknowledged";
            e["agent"] = new JsonObject { ["type"] = "user_reference", ["summary"] = "Test User" };
        }));
        var resolved = await SignedAsync(Event(e => e["event_type"] = "incident.resolved"));

        Assert.Equal(HttpStatusCode.Accepted, triggered.StatusCode);
        Assert.Equal(1, Opened(await JsonOf(triggered)));
        Assert.Equal(1, Updated(await JsonOf(acknowledged)));
        Assert.Equal(1, Updated(await JsonOf(resolved)));
        var incident = await WaitForAsync(1, i => i.GetProperty("status").GetString() == "mitigated");
        var acknowledgement = Assert.Single(incident.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "acknowledged");
        Assert.Equal("Test User (PagerDuty)", acknowledgement.GetProperty("by").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, incident.GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal("SRE-OTR-FTL", incident.GetProperty("service").GetString());
    }

    [Fact]
    public async Task Post_SignedWithOldAndNewSecretDuringRotation_IsAccepted()
    {
        var body = Fixture("pagerduty.json");

        var response = await PostAsync("/alerts/pagerduty", body, r => r.Headers.Add(
            PagerDutyGate.SignatureHeader, $"{V1(body, "the-secret-being-retired")},{V1(body, Secret)}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_ForgedOrUnsigned_Returns401AndRecordsNothing()
    {
        var body = Fixture("pagerduty.json");

        var forged = await PostAsync("/alerts/pagerduty", body, r => r.Headers.Add(PagerDutyGate.SignatureHeader, V1(body, "a-secret-of-someone-else")));
        var unsigned = await PostAsync("/alerts/pagerduty", body);
        var bearer = await PostAsync("/alerts/pagerduty", body, Bearer(Secret));
        var alteredBody = await PostAsync("/alerts/pagerduty", Event(e => e["event_type"] = "incident.resolved"), r => r.Headers.Add(PagerDutyGate.SignatureHeader, V1(body, Secret)));

        Assert.All([forged, unsigned, bearer, alteredBody], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Contains(PagerDutyGate.SignatureHeader, await ErrorOf(unsigned), StringComparison.Ordinal);
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_PriorityUpdated_IsAnsweredAndIgnored()
    {
        var response = await SignedAsync(Fixture("pagerduty_v3_incident_priority_updated.json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await JsonOf(response);
        Assert.Empty(answer.GetProperty("opened").EnumerateArray());
        Assert.Equal(0, answer.GetProperty("ignored").GetInt32());
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task Post_NotAPagerDutyEvent_Returns400NamingWhatIsMissing()
    {
        var response = await SignedAsync(Fixture("grafana.json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("missing field 'event'", await ErrorOf(response));
    }

    private Task<HttpResponseMessage> SignedAsync(byte[] body) =>
        PostAsync("/alerts/pagerduty", body, r => r.Headers.Add(PagerDutyGate.SignatureHeader, V1(body, Secret)));

    /// <summary>PagerDuty's signature, written out from its documentation: <c>v1=</c> and the hex HMAC-SHA256 of the body.</summary>
    private static string V1(byte[] body, string secret) => "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static byte[] Event(Action<JsonObject> change) => Fixture("pagerduty.json", p => change(p["event"]!.AsObject()));
}
