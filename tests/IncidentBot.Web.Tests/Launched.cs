using Microsoft.Playwright;

namespace IncidentBot.Web.Tests;

/// <summary>Playwright and the Chromium it launched, closed together when a browser test ends.</summary>
public sealed class Launched(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
{
    public IBrowser Browser => browser;

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
