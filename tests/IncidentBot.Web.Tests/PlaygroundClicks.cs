using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IncidentBot.Web.Tests;

/// <summary>What a person does on the playground's page in Chromium, each step waiting for the page to show it was done.</summary>
public static partial class PlaygroundClicks
{
    public static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The first incident's channel in the list (<c>#inc-1-…</c>).</summary>
    [GeneratedRegex("^#inc-1-")]
    public static partial Regex IncidentChannel();

    public static async Task<IPage> OpenAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        Assertions.SetDefaultExpectTimeout((float)Timeout.TotalMilliseconds);
        return page;
    }

    public static ILocator Button(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });
    }

    /// <summary>A button of a message in the open channel.</summary>
    public static ILocator MessageButton(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("#messages").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });
    }

    /// <summary>Picks the person in the picker (its script switches at once) and waits for the page to say so.</summary>
    public static async Task ActAsAsync(IPage page, string id, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (await page.Locator("#acting-as").TextContentAsync() != name)
        {
            await page.Locator("#as").SelectOptionAsync(id);
        }

        await Assertions.Expect(page.Locator("#acting-as")).ToHaveTextAsync(name);
    }

    /// <summary>Types in the message box and sends it with Enter.</summary>
    public static async Task SayAsync(IPage page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("#text").FillAsync(text);
        await page.Locator("#text").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#text")).ToBeEmptyAsync();
    }

    /// <summary>Opens a channel of the list once it is there (the list follows the workspace without a reload).</summary>
    public static async Task OpenChannelAsync(IPage page, Regex name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("#channels a", new PageLocatorOptions { HasTextRegex = name }).ClickAsync();
        await Assertions.Expect(page.Locator("#channel-name")).ToHaveTextAsync(name);
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"playground-{name}.png"), FullPage = true });
    }
}
