using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Host;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static IncidentBot.Web.Tests.PlaygroundClicks;

namespace IncidentBot.Web.Tests;

/// <summary>
/// The seed incident (<c>drills/seed-outage.yaml</c>, the June 2023 outage) played in the playground by its people, from
/// the deploy and the first alert to the manager's approved postmortem, with the rollback pressed, and the bot stopped
/// and started again on the same data folder half-way: the workspace is as it was and the incident carries on. Last, the
/// incident is in the metrics with its severity, service and response times.
/// </summary>
public sealed class PlaygroundSeedIncidentBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Finding =
        "The upgrade shipped the new third-party authentication integration, and it is not compatible with the version running on our servers. It never went through the test environment.";

    private const string RootCause =
        "The upgrade was pushed to every production server without being released to the test environment first; its third-party authentication integration was incompatible with the current server version.";

    private readonly string _dataFolder = BotFactory.NewDataFolder();
    private BotFactory _bot = null!;

    [BrowserFact]
    public async Task SeedIncident_PlayedInThePlayground_AcrossARestart_ToItsApprovedPostmortem()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser);
        try
        {
            await page.GotoAsync(Address() + "/");
            await ActAsAsync(page, "kofi", "Kofi Boateng");
            await RecordDeployAsync(page, "api", "2023.05.4");
            await RecordDeployAsync(page, "api", "2023.06.1");
            await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync("Recorded a deploy of api 2023.06.1 (from 2023.05.4) by Kofi Boateng.");

            await AlertAsync("firing");
            await ActAsAsync(page, "ada", "Ada Mensah");
            await OpenChannelAsync(page, new System.Text.RegularExpressions.Regex("^@dm-ada$"));
            await MessageButton(page, "Acknowledge").ClickAsync();
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("You acknowledged INC-1");

            await OpenChannelAsync(page, IncidentChannel());
            await SayAsync(page, "Every request to api returns HTTP 500 since the 09:45 upgrade. Looking at the release.");
            await ActAsAsync(page, "kofi", "Kofi Boateng");
            await SayAsync(page, Finding);
            await ActAsAsync(page, "ada", "Ada Mensah");
            await page.Locator("#messages li.message", new PageLocatorOptions { HasText = Finding }).Locator("button.react").ClickAsync();
            await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("taken");
            await MessageButton(page, "Rollback").ClickAsync();
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("from 2023.06.1 to 2023.05.4");
            await MessageButton(page, "Confirm").Last.ClickAsync();
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("succeeded: the simulated deploy system put api on 2023.05.4");
            var channelUrl = new Uri(page.Url).PathAndQuery;
            var before = await page.Locator("#messages").InnerTextAsync();
            await ScreenshotAsync(page, "seed-1-before-restart");

            await RestartAsync();
            await page.GotoAsync(Address() + channelUrl);
            Assert.Equal(before, await page.Locator("#messages").InnerTextAsync());
            await Assertions.Expect(page.Locator("#messages li.message", new PageLocatorOptions { HasText = Finding }).Locator(".reaction")).ToHaveTextAsync("📌 1");
            await ScreenshotAsync(page, "seed-2-after-restart");

            await SayAsync(page, "/incident note Server restart initiated");
            await ActAsAsync(page, "kofi", "Kofi Boateng");
            await SayAsync(page, "/incident rootcause " + RootCause);
            await AlertAsync("resolved");
            await ActAsAsync(page, "ada", "Ada Mensah");
            await SayAsync(page, "/incident resolve 100% of traffic back online");
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("INC-1 is resolved");
            await ActAsAsync(page, "foster", "Foster Adu-Gyamfi");
            await SayAsync(page, "/incident followup Push every change to the test environment before it ships to production");
            // Drafted first at resolve; drafted again with the follow-up the manager added since.
            await SayAsync(page, "/incident postmortem");
            await ScreenshotAsync(page, "seed-3-resolved");

            await Eventually.ReachedAsync(() => _bot.Services.GetRequiredService<IPostmortemStore>().ListRevisionsAsync(1), r => r.Count >= 2, "INC-1's postmortem drafted again");
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Incidents", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "INC-1", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = new System.Text.RegularExpressions.Regex("^Postmortem \\(draft \\d+\\)$") }).ClickAsync();
            var report = page.Locator("#report");
            await Assertions.Expect(report).ToContainTextAsync(RootCause);
            await Assertions.Expect(report).ToContainTextAsync("2023.05.4");
            await Assertions.Expect(report).ToContainTextAsync("It never went through the test environment");
            await Assertions.Expect(report).ToContainTextAsync("Push every change to the test environment");
            await ScreenshotAsync(page, "seed-4-postmortem");

            // The manager approves it on the web face (as this machine's operator: the playground's picker is the chat's, not a sign-in).
            await page.Locator("#edit-approve").ClickAsync();
            var markdown = page.Locator("#markdown");
            await markdown.FillAsync(await markdown.InputValueAsync() + "\n\nReviewed with the team on the day after.\n");
            await Button(page, "Approve").ClickAsync();
            await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("approval 1");
            await Assertions.Expect(page.Locator("#report")).ToContainTextAsync("Reviewed with the team on the day after.");
            await Assertions.Expect(page.Locator("#report")).ToContainTextAsync(RootCause);
            await ScreenshotAsync(page, "seed-5-approved");

            await page.GotoAsync(Address() + channelUrl);
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("INC-1 postmortem approved by local user on this machine");

            // And the incident counts in the metrics a manager reads: one sev1 on api, its response times drawn.
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Metrics", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("1 incident");
            await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("sev1: 1");
            await Assertions.Expect(page.Locator("#response-times-chart rect.bar.ttr")).ToHaveCountAsync(1);
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "By service" }).ClickAsync();
            await Assertions.Expect(page.Locator("#figures tr[data-key=api]")).ToBeVisibleAsync();
            await ScreenshotAsync(page, "seed-6-metrics");
            output.WriteLine($"Screenshots in {Artifacts}");
        }
        catch
        {
            await ScreenshotAsync(page, "seed-failed");
            throw;
        }
    }

    public Task InitializeAsync()
    {
        _bot = Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private BotFactory Start()
    {
        var bot = new BotFactory(_dataFolder, deletesDataFolder: false);
        bot.Settings["Deploys:Simulated:Takes"] = "00:00:01";
        bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        bot.StartServer();
        return bot;
    }

    /// <summary>Stops the bot and starts another on the same data folder (on a port of its own).</summary>
    private async Task RestartAsync()
    {
        await _bot.DisposeAsync();
        _bot = Start();
    }

    private static async Task RecordDeployAsync(IPage page, string service, string version)
    {
        await page.Locator("input[name=service]").FillAsync(service);
        await page.Locator("input[name=version]").FillAsync(version);
        await Button(page, "Record a deploy").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync($"{service} {version}");
    }

    /// <summary>The seed drill's Alertmanager alert, as Alertmanager delivers it, begun ten minutes ago.</summary>
    private async Task AlertAsync(string status)
    {
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var endsAt = status == "resolved" ? DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "0001-01-01T00:00:00Z";
        var body = $$"""
            {
              "version": "4", "groupKey": "{}:{alertname=\"HighErrorRate\", service=\"api\"}", "truncatedAlerts": 0, "status": "{{status}}",
              "receiver": "incident-bot", "groupLabels": { "alertname": "HighErrorRate", "service": "api" },
              "commonLabels": { "alertname": "HighErrorRate", "service": "api", "severity": "critical" },
              "commonAnnotations": { "summary": "api returns HTTP 500 on 100% of requests" },
              "externalURL": "http://alertmanager.example.org:9093",
              "alerts": [{
                "status": "{{status}}", "labels": { "alertname": "HighErrorRate", "service": "api", "severity": "critical" },
                "annotations": { "summary": "api returns HTTP 500 on 100% of requests", "description": "All production servers answer HTTP 500; clients cannot use the service." },
                "startsAt": "{{startsAt}}", "endsAt": "{{endsAt}}",
                "generatorURL": "http://prometheus.example.org:9090/graph?g0.expr=http_5xx_ratio", "fingerprint": "5f1c2a9e0b7d4c31"
              }]
            }
            """;
        using var client = new HttpClient { BaseAddress = new Uri(Address()) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/alertmanager") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.AlertToken);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private string Address() =>
        _bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
