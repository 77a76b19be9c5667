using System.Net;
using System.Text.RegularExpressions;
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

    [Fact]
    public async Task Dashboard_DeleteFromAPageOfAnotherSite_IsRefusedAndTheEscalationStaysScheduled()
    {
        using var bot = new BotProcess(_dataFolder, new Dictionary<string, string>());
        await bot.StartAsync();
        var escalation = await ScheduledEscalationAsync(bot);

        // What a cross-site form or a rebound name sends: another Host, no token; then our Host without a token.
        using var crossSite = await PostDeleteAsync(bot, escalation, host: "evil.example");
        using var tokenless = await PostDeleteAsync(bot, escalation);
        using var readRebound = await bot.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/hangfire/jobs/scheduled") { Headers = { Host = "evil.example" } });

        Assert.Contains(crossSite.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Equal(HttpStatusCode.Forbidden, tokenless.StatusCode);
        Assert.Contains(readRebound.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Contains($"jobs/details/{escalation}", await bot.Http.GetStringAsync("/hangfire/jobs/scheduled"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_DeleteWithTheTokenOfItsOwnPage_Works()
    {
        using var bot = new BotProcess(_dataFolder, new Dictionary<string, string>());
        await bot.StartAsync();
        var escalation = await ScheduledEscalationAsync(bot);
        var page = await bot.Http.GetStringAsync("/hangfire/jobs/scheduled");
        var header = Regex.Match(page, "<meta name=\"csrf-header\" content=\"([^\"]+)\">").Groups[1].Value;
        var token = Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\">").Groups[1].Value;

        using var response = await PostDeleteAsync(bot, escalation, token: (header, token));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain($"jobs/details/{escalation}", await bot.Http.GetStringAsync("/hangfire/jobs/scheduled"), StringComparison.Ordinal);
    }

    /// <summary>Opens an incident and returns the id of its escalation job, as the scheduled-jobs page lists it.</summary>
    private static async Task<string> ScheduledEscalationAsync(BotProcess bot)
    {
        await bot.PostAlertAsync(TestPayloads.Bytes("Fixtures", "alerts", "alertmanager.json"));
        string? id = null;
        await Poll.UntilAsync(
            async () => (id = Regex.Match(await bot.Http.GetStringAsync("/hangfire/jobs/scheduled"), "jobs/details/(\\d+)").Groups[1].Value) is { Length: > 0 },
            "the escalation never showed as scheduled");
        return id!;
    }

    private static async Task<HttpResponseMessage> PostDeleteAsync(BotProcess bot, string jobId, string? host = null, (string Header, string Value)? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/jobs/scheduled/delete")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("jobs[]", jobId)]),
        };
        request.Headers.Host = host;
        if (token is { } antiforgery)
        {
            request.Headers.Add(antiforgery.Header, antiforgery.Value);
        }

        return await bot.Http.SendAsync(request);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
