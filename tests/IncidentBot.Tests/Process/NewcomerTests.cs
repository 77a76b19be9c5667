using System.Net;
using System.Text.RegularExpressions;

namespace IncidentBot.Tests.Process;

/// <summary>
/// The README's first screen, as a newcomer follows it: the bot started on its embedded defaults as its own process,
/// the address its banner prints opened, <b>Send a sample alert</b> clicked, and the bot killed and started again on
/// the same data folder. (The whole incident, clicked through in Chromium, is IncidentBot.Web.Tests' playground tests.)
/// </summary>
public sealed partial class NewcomerTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-newcomer-{Guid.NewGuid():N}");

    [Fact]
    public async Task Newcomer_OpensThePrintedAddress_SendsASampleAlert_AndFindsItAfterARestart()
    {
        using (var bot = new BotProcess(_dataFolder, new Dictionary<string, string>()))
        {
            await bot.StartAsync();
            var address = await PrintedPlaygroundAsync(bot);
            Assert.Equal(bot.BaseAddress, address);

            using var browser = Browser(address);
            var page = await browser.GetStringAsync("/");
            Assert.Contains("Send a sample alert", page, StringComparison.Ordinal);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["as"] = "oncall",
                ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            });
            using var sent = await browser.PostAsync("/playground/act?handler=Alert", form);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

            await Poll.UntilAsync(async () => await bot.IncidentAsync(1) is not null, "the sample alert opened no incident");
            await Poll.UntilAsync(async () => IncidentChannel().IsMatch(await browser.GetStringAsync("/")), "the incident's channel never showed in the playground");
            bot.Kill();
        }

        using var again = new BotProcess(_dataFolder, new Dictionary<string, string>());
        await again.StartAsync();
        using var reopened = Browser(await PrintedPlaygroundAsync(again));
        Assert.Matches(IncidentChannel(), await reopened.GetStringAsync("/"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    /// <summary>The address the banner tells a newcomer to open for the playground.</summary>
    private static async Task<Uri> PrintedPlaygroundAsync(BotProcess bot)
    {
        Match? printed = null;
        await Poll.UntilAsync(
            () => Task.FromResult((printed = bot.Output.Select(line => PlaygroundLine().Match(line)).FirstOrDefault(m => m.Success)) is not null),
            "the banner never said where the playground is");
        return new Uri(printed!.Groups["address"].Value + "/");
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed.</summary>
    private static HttpClient Browser(Uri address) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = Poll.Timeout };

    [GeneratedRegex(@"Playground:\s+open (?<address>http://\S+?)/ in a browser and click Send a sample alert")]
    private static partial Regex PlaygroundLine();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"#inc-1-")]
    private static partial Regex IncidentChannel();
}
