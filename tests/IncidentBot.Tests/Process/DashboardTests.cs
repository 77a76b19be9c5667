using System.Net;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Process;

public sealed class DashboardTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-dashboard-{Guid.NewGuid():N}");

    [Fact]
    public async Task Dashboard_AfterJobsRan_EveryPageRendersFromTheLiteDbStorage()
    {
        using var bot = new BotProcess(_dataFolder, new Dictionary<string, string>());
        await bot.StartAsync();
        await bot.PostAlertAsync(TestPayloads.Bytes("Fixtures", "alerts", "alertmanager.json"));
        await Poll.UntilAsync(async () => (await bot.Http.GetStringAsync("/hangfire/jobs/succeeded")).Contains("IncidentSetupJob", StringComparison.Ordinal), "the set-up job never showed as succeeded");

        string[] pages =
        [
            "/hangfire", "/hangfire/jobs/enqueued", "/hangfire/jobs/scheduled", "/hangfire/jobs/processing",
            "/hangfire/jobs/succeeded", "/hangfire/jobs/failed", "/hangfire/jobs/deleted", "/hangfire/jobs/awaiting",
            "/hangfire/retries", "/hangfire/recurring", "/hangfire/servers", "/hangfire/jobs/details/1",
        ];
        foreach (var page in pages)
        {
            using var response = await bot.Http.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode}");
        }

        var scheduled = await bot.Http.GetStringAsync("/hangfire/jobs/scheduled");
        Assert.Contains("EscalationJob", scheduled, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    public async Task Dashboard_RequestForwardedByAProxyOnThisMachine_IsRefused(string header, string value)
    {
        using var bot = new BotProcess(_dataFolder, new Dictionary<string, string>());
        await bot.StartAsync();
        using var direct = await bot.Http.GetAsync("/hangfire");
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        proxied.Headers.Add(header, value);

        using var response = await bot.Http.SendAsync(proxied);

        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
