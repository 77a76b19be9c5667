using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentBot.Playground.Tests;

/// <summary>
/// The real bot as its own process (the host's binary, built next to the tests), in Playground mode exactly as the
/// README starts it (<c>--IncidentBot:Platform=teams --Teams:AllowUnauthenticatedLocalClient=true</c>, no app
/// registration), on a free loopback port and a data folder of its own.
/// </summary>
public sealed class BotInPlaygroundMode : IDisposable
{
    public const string ApiToken = "playground-test-api-token";

    private readonly LocalProcess _process;

    private BotInPlaygroundMode(LocalProcess process, Uri address, string dataFolder)
    {
        _process = process;
        Address = address;
        DataFolder = dataFolder;
        Http = new HttpClient { BaseAddress = address, Timeout = Poll.Timeout };
    }

    public Uri Address { get; }

    public Uri MessagesEndpoint => new(Address, "api/messages");

    public string DataFolder { get; }

    public HttpClient Http { get; }

    public IReadOnlyList<string> Output => _process.Output;

    public static async Task<BotInPlaygroundMode> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{LocalProcess.FreePort()}/");
        var dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-playground-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = address.ToString().TrimEnd('/'),
            ["IncidentBot__DataFolder"] = dataFolder,
            ["IncidentBot__ApiToken"] = ApiToken,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var process = LocalProcess.Start(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "IncidentBot.dll"), "--IncidentBot:Platform=teams", "--Teams:AllowUnauthenticatedLocalClient=true"],
            environment,
            AppContext.BaseDirectory);
        var bot = new BotInPlaygroundMode(process, address, dataFolder);
        try
        {
            await Poll.UntilAsync(bot.IsHealthyAsync, "the bot never became healthy");
        }
        catch
        {
            bot.Dispose();
            throw;
        }

        return bot;
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
