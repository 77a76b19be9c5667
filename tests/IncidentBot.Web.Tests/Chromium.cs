namespace IncidentBot.Web.Tests;

/// <summary>
/// Debian's Chromium, which the browser tests drive through Playwright: <c>/usr/bin/chromium</c>, or
/// <c>INCIDENTBOT_CHROMIUM</c>. <c>.ci/run</c> installs it and sets <see cref="RequireVariable"/>, under which a missing
/// one fails the test instead of skipping it (the rule of the Playground's browser test).
/// </summary>
public static class Chromium
{
    public const string RequireVariable = "INCIDENTBOT_REQUIRE_BROWSER";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static string Path =>
        Environment.GetEnvironmentVariable("INCIDENTBOT_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    /// <summary>Starts it headless for a test.</summary>
    public static Task<Microsoft.Playwright.IBrowser> LaunchAsync(Microsoft.Playwright.IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new Microsoft.Playwright.BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>Why the browser tests cannot run here, naming what to install; null when they can.</summary>
    public static string? Missing => File.Exists(Path)
        ? null
        : $"the dashboard's browser tests need Chromium at {Path} (apt-get install chromium, or set INCIDENTBOT_CHROMIUM), which .ci/run installs";
}
