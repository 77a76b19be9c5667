using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentBot.Tests.Host;

/// <summary>One alert group can send big alerts, and thousands of them, for weeks: every delivery is taken and the incident still loads.</summary>
public sealed class AlertVolumeTests : BotClientTest
{
    [Fact]
    public async Task OneGroup_TwentyAlertsWithOneMegabyteDescriptions_AllTakenAndTheIncidentLoads()
    {
        var description = new string('d', 1_000_000);

        for (var i = 1; i <= 20; i++)
        {
            var alert = new { title = $"Disk {i} full", id = $"disk-{i}", groupKey = "disks", description, startsAt = DateTimeOffset.UtcNow };
            Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(JsonSerializer.SerializeToUtf8Bytes(alert))).StatusCode);
        }

        var incident = await IncidentAsync(1);
        Assert.Equal(20, incident.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "alert-fired"));
    }

    [Fact]
    public async Task OneGroup_ThreeThousandAlertsWithLongTitles_AllTakenAndTheIncidentLoads()
    {
        var title = new string('t', 6_000);

        for (var batch = 0; batch < 30; batch++)
        {
            var alerts = Enumerable.Range(batch * 100, 100).Select(i => new
            {
                title = $"Pod {i} {title}", id = $"pod-{i}", groupKey = "pods", link = $"https://grafana.example/d/{i}", startsAt = DateTimeOffset.UtcNow,
            });
            Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { alerts }))).StatusCode);
        }

        var incident = await IncidentAsync(1);
        var fired = incident.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "alert-fired").ToList();
        Assert.Equal(3_000, fired.Count);
        Assert.All(fired, e => Assert.Matches(@"^Pod \d+ t+… \[cut: 6,00\d characters\]$", e.GetProperty("text").GetString()));
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.AlertToken);
        return await Client.SendAsync(request);
    }

    private async Task<JsonElement> IncidentAsync(int number)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{number}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
