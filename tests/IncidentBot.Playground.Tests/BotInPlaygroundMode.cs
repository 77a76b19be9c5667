using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentBot.Playground.Tests;

/// <summary>
/// The real bot as its own process (the host's binary, built next to the tests), started exactly as the README tells a
/// newcomer: <c>teams-playground</c>, which runs it in Playground mode with the Agents Playground (the local install
/// under <c>.tools/playground</c>) as its child; on free loopback ports and a data folder of its own.
/// </summary>
public sealed class BotInPlaygroundMode : IDisposable
{
    public const string ApiToken = "playground-test-api-token";
    public const string AlertToken = "playground-test-alert-token";

    private readonly LocalProcess _process;

    private BotInPlaygroundMode(LocalProcess process, Uri address, Uri page, string dataFolder)
    {
        _process = process;
        Address = address;
        Page = page;
        DataFolder = dataFolder;
        Http = new HttpClient { BaseAddress = address, Timeout = Poll.Timeout };
    }

    public Uri Address { get; }

    /// <summary>The Playground's page, as the bot's banner names it.</summary>
    public Uri Page { get; }

    public string DataFolder { get; }

    public HttpClient Http { get; }

    public IReadOnlyList<string> Output => _process.Output;

    public static async Task<BotInPlaygroundMode> StartAsync(PlaygroundTools tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var address = new Uri($"http://127.0.0.1:{LocalProcess.FreePort()}/");
        var port = LocalProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        var page = new Uri($"http://127.0.0.1:{port}/");
        var dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-playground-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = address.ToString().TrimEnd('/'),
            ["IncidentBot__DataFolder"] = dataFolder,
            ["IncidentBot__ApiToken"] = ApiToken,
            ["Alerts__generic__Token"] = AlertToken,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__IncidentBot.Playground"] = "Information",
        };
        var process = LocalProcess.Start(
            "dotnet", [Path.Combine(AppContext.BaseDirectory, "IncidentBot.dll"), "teams-playground", "--port", port], environment, AppContext.BaseDirectory);
        var bot = new BotInPlaygroundMode(process, address, page, dataFolder);
        try
        {
            await Poll.UntilAsync(bot.IsHealthyAsync, "the bot never became healthy");
            await Poll.UntilAsync(() => Task.FromResult(bot.RunningAndSaid($"Open {page} in a browser")), "the bot never said where the Playground is");
            // The Playground the repository's tests install, not one npx would fetch.
            Assert.True(bot.Said(tools.PlaygroundCli), "the bot did not start the Playground under .tools/playground:\n" + string.Join('\n', bot.Output));
        }
        catch
        {
            bot.Dispose();
            throw;
        }

        return bot;
    }

    /// <summary>Sends a generic alert, as the banner's curl does; the number of the incident it opened.</summary>
    public async Task<int> SendAlertAsync(string title, string service, string severity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic")
        {
            Content = JsonContent.Create(new { title, service, severity, startsAt = new DateTimeOffset(2026, 12, 7, 5, 0, 0, TimeSpan.Zero) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AlertToken);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opened")[0].GetInt32();
    }

    /// <summary>The incident as <c>GET /api/incidents/{number}</c> shows it, or null before it exists.</summary>
    public async Task<JsonElement?> IncidentAsync(int number)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{number}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiToken);
        using var response = await Http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    public void Dispose()
    {
        _process.Dispose();
        Http.Dispose();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    private bool RunningAndSaid(string text) => !_process.HasExited
        ? Said(text)
        : throw new InvalidOperationException("The bot exited:\n" + string.Join('\n', _process.Output));

    private bool Said(string text) => _process.Output.Any(line => line.Contains(text, StringComparison.Ordinal));

    private async Task<bool> IsHealthyAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException("The bot exited:\n" + string.Join('\n', _process.Output));
        }

        try
        {
            using var response = await Http.GetAsync("/healthz");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
