using System.Net;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Host;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IncidentBot.Web.Tests;

/// <summary>
/// The web face in real Chromium, against the bot listening on loopback: from the dashboard to an incident (whose
/// timeline follows a note recorded meanwhile) and its postmortem, and to the metrics' charts, by clicking what a person would click. Screenshots go to <c>artifacts/</c> beside the tests.
/// </summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly BotFactory _bot = new();

    [BrowserFact]
    public async Task Dashboard_ToIncident_ToPostmortem_ByClicking()
    {
        await Seed.FullIncidentAsync(_bot.Services, title: "Checkout returns HTTP 500 " + Seed.Script);
        await PostmortemDrafts.DraftedAsync(_bot.Services, third: PostmortemDrafts.Hostile);
        await using var browser = await LaunchAsync();
        var page = await NewPageAsync(browser);
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        try
        {
            await page.GotoAsync(Address() + "/incidents");
            await Assertions.Expect(page.Locator("#incidents")).ToContainTextAsync("INC-1");
            await ScreenshotAsync(page, "1-dashboard");

            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "INC-1" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("INC-1 · Checkout returns HTTP 500 " + Seed.Script);
            await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("Deploy 4.2 broke payments");
            await Assertions.Expect(page.Locator("#rollbacks")).ToContainTextAsync("checkout from 4.2 to 4.1");
            await ScreenshotAsync(page, "2-incident");

            // The open incident's timeline follows what the bot records, without reloading the page.
            await NoteAsync(1, "Payments recovered after the rollback");
            await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("Payments recovered after the rollback");

            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Postmortem (draft 3)" }).ClickAsync();
            await Assertions.Expect(page.Locator("#report h2")).ToHaveTextAsync("Root cause");
            await Assertions.Expect(page.Locator("#report")).ToContainTextAsync("<img src=x onerror=alert(2)>");
            await ScreenshotAsync(page, "3-postmortem");

            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "draft 1" }).ClickAsync();
            await Assertions.Expect(page.Locator("#report")).ToContainTextAsync("first draft");

            Assert.Equal(0, await page.Locator("#report img").CountAsync());
            Assert.Empty(dialogs);
            output.WriteLine($"Screenshots in {Artifacts}");
        }
        catch
        {
            await ScreenshotAsync(page, "failed");
            throw;
        }
    }

    [BrowserFact]
    public async Task Dashboard_ToMetrics_ShowsChartsOfTheLastWeeks_AndDownloadsThem()
    {
        var now = _bot.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await Seed.IncidentAsync(_bot.Services, "Checkout down", Severity.Sev1, "checkout", now.AddDays(-1), resolved: true);
        await Seed.IncidentAsync(_bot.Services, "Search slow", Severity.Sev2, "search", now.AddDays(-8), resolved: true);
        await Seed.IncidentAsync(_bot.Services, "Odd service", Severity.Sev3, Seed.Script, now.AddDays(-15));
        await using var browser = await LaunchAsync();
        var page = await NewPageAsync(browser);
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        try
        {
            await page.GotoAsync(Address());
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Metrics", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Response metrics");
            await Assertions.Expect(page.Locator("#severities-chart rect.bar")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#response-times-chart rect.bar.ttr")).ToHaveCountAsync(2);
            var resolve = page.Locator("#response-times-chart rect.bar.ttr").First;
            await Assertions.Expect(resolve).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("time to resolve: 30 minutes$"));
            Assert.True((await resolve.BoundingBoxAsync())?.Height > 10, "the bar should be drawn with a visible height");
            Assert.Equal("rgb(26, 127, 55)", await resolve.EvaluateAsync<string>("bar => getComputedStyle(bar).fill"));
            await Assertions.Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Median response times per week" })).ToBeVisibleAsync();
            await ScreenshotAsync(page, "4-metrics-by-week");

            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "By service" }).ClickAsync();
            await Assertions.Expect(page.Locator("#severities-chart rect.bar")).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#figures")).ToContainTextAsync(Seed.Script);
            await ScreenshotAsync(page, "5-metrics-by-service");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Download CSV" }).ClickAsync());
            Assert.StartsWith("incident-metrics-by-service-", download.SuggestedFilename, StringComparison.Ordinal);
            var csv = await File.ReadAllTextAsync(await download.PathAsync());
            Assert.Contains("checkout,checkout,1,1,0,0,0,", csv, StringComparison.Ordinal);
            Assert.Empty(dialogs);
        }
        catch
        {
            await ScreenshotAsync(page, "metrics-failed");
            throw;
        }
    }

    public Task InitializeAsync()
    {
        _bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _bot.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task NoteAsync(int number, string text)
    {
        var incidents = _bot.Services.GetRequiredService<IIncidentStore>();
        var incident = await incidents.GetAsync(number) ?? throw new InvalidOperationException($"No incident {number}.");
        incident.Record(TimelineKind.Note, text, Seed.Day1.AddMinutes(9), "ada");
        await incidents.AppendAsync(incident);
    }

    private static async Task<Launched> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new Launched(playwright, browser);
    }

    private static async Task<IPage> NewPageAsync(Launched launched)
    {
        var page = await launched.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        page.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        return page;
    }

    private string Address() =>
        _bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"dashboard-{name}.png"), FullPage = true });
    }
}
