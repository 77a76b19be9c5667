using System.Net;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Rollbacks;
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
/// The playground in real Chromium against the bot on loopback, clicked through as a newcomer would: open <c>/</c>, act
/// as the on-call person, send a sample alert, open the incident's channel when it appears, acknowledge, roll back on
/// the simulated deploy system, pin a finding, resolve. Screenshots go to <c>artifacts/</c> beside the tests.
/// </summary>
public sealed class PlaygroundBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly BotFactory _bot = new();

    [BrowserFact]
    public async Task Playground_FromASampleAlertToResolved_ByClicking()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser);
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        try
        {
            await page.GotoAsync(Address() + "/");
            await Assertions.Expect(page.Locator("#simulation")).ToContainTextAsync("Simulation: a chat workspace on this machine");

            // The picker switches as soon as a person is chosen (the page's script submits it).
            await ActAsAsync(page, "kofi", "Kofi Boateng");
            await ActAsAsync(page, "ada", "Ada Mensah");
            await ScreenshotAsync(page, "1-empty");

            await Button(page, "Send a sample alert").ClickAsync();
            await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("it opened INC-1");

            // The channel is opened by a job: the list shows it without a reload.
            await OpenChannelAsync(page, IncidentChannel());
            await MessageButton(page, "Acknowledge").ClickAsync();
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("Acknowledged by: Ada Mensah");
            await ScreenshotAsync(page, "2-acknowledged");

            await SayAsync(page, "/incident rollback api");
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("on the simulated deploy system (nothing is really deployed)");
            await MessageButton(page, "Confirm").Last.ClickAsync();
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("succeeded: the simulated deploy system");
            await ScreenshotAsync(page, "3-rolled-back");

            await ActAsAsync(page, "kofi", "Kofi Boateng");
            await SayAsync(page, "The connection pool is exhausted since the deploy");
            await ActAsAsync(page, "ada", "Ada Mensah");
            var finding = page.Locator("#messages li.message", new PageLocatorOptions { HasText = "The connection pool is exhausted since the deploy" });
            await finding.Locator("button.react").ClickAsync();
            await Assertions.Expect(finding.Locator(".reaction")).ToHaveTextAsync("📌 1");
            await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("taken");

            await SayAsync(page, "/incident resolve Rolled api back");
            await Assertions.Expect(page.Locator("#messages")).ToContainTextAsync("INC-1 is resolved");
            await ScreenshotAsync(page, "4-resolved");

            var incident = await _bot.Services.GetRequiredService<IIncidentStore>().GetAsync(1);
            Assert.Equal(IncidentStatus.Resolved, incident!.State.Status);
            Assert.Contains(incident.Timeline, e => e.Text.Contains("The connection pool is exhausted", StringComparison.Ordinal));
            var rollback = Assert.Single(await _bot.Services.GetRequiredService<IRollbackStore>().ListByIncidentAsync(1));
            Assert.Equal(RollbackStatus.Succeeded, rollback.Status);
            Assert.Empty(refused);
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
        _bot.Settings["Deploys:Simulated:Takes"] = "00:00:01";
        _bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _bot.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private string Address() =>
        _bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
