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
/// timeline follows a note recorded meanwhile) and its postmortem, by clicking what a person would click. Screenshots go to <c>artifacts/</c> beside the tests.
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
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
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

    private string Address() =>
        _bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"dashboard-{name}.png"), FullPage = true });
    }
}
