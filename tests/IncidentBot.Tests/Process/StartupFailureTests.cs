using System.Net;
using System.Net.Sockets;
using IncidentBot.Slack.Testing;

namespace IncidentBot.Tests.Process;

/// <summary>
/// A mistake in setting the bot up stops it at once with one line that names the key and the fix: no stack
/// trace to read through, no bot running half set up.
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private const string CannotStart = "IncidentBot cannot start: ";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-startup-{Guid.NewGuid():N}");

    [Theory]
    [InlineData("IncidentBot__TimeZone", "Mars/Olympus_Mons", "IncidentBot:TimeZone 'Mars/Olympus_Mons' is neither an IANA zone")]
    [InlineData("OnCall__Levels__0__0", "ada", "OnCall:Levels:0: 'ada' is not in People (configured: oncall, backup, manager); add a person with Id 'ada'")]
    [InlineData("IncidentBot__Platform", "slack", "Slack:BotToken is required to run on Slack")]
    [InlineData("Urls", "notaurl", "Urls: 'notaurl' is not an address to listen on; use e.g. http://127.0.0.1:5080")]
    [InlineData("Urls", "localhost:5080", "Urls: 'localhost:5080' is not an address to listen on; use e.g. http://127.0.0.1:5080")]
    [InlineData("Web__Oidc__Authority", "http://login.example.com/tenant", "Web:Oidc:Authority must be an https address (it is 'http://login.example.com/tenant')")]
    [InlineData("Web__Oidc__ClientId", "incidentbot", "Web:Oidc:Authority is required when other Web:Oidc keys are set")]
    [InlineData("Web__Admin__User", "admin", "Web:Admin:PasswordHash is required when Web:Admin:User is set")]
    public async Task Start_WithAMistakeInItsSettings_StopsWithOneLineNamingTheKeyAndTheFix(string key, string value, string expected)
    {
        using var bot = new BotProcess(_dataFolder, new Dictionary<string, string> { [key] = value });

        var (exitCode, error) = await bot.StartExpectingExitAsync();

        Assert.NotEqual(0, exitCode);
        AssertOneLineExplains(error, bot.Output, expected);
    }

    [Fact]
    public async Task Start_OnAPortAnotherProgramListensOn_StopsNamingUrls()
    {
        using var bot = new BotProcess(_dataFolder, new Dictionary<string, string>());
        using var squatter = new TcpListener(IPAddress.Loopback, bot.Port);
        squatter.Start();

        var (exitCode, error) = await bot.StartExpectingExitAsync();

        Assert.NotEqual(0, exitCode);
        AssertOneLineExplains(error, bot.Output,
            $"Port {bot.Port} on 127.0.0.1 is in use (Urls=http://127.0.0.1:{bot.Port}). Stop the other process or set Urls, e.g. --Urls http://127.0.0.1:{bot.Port + 1}");
    }

    [Fact]
    public async Task Start_WithADataFolderThatIsAFile_StopsNamingTheKey()
    {
        Directory.CreateDirectory(_dataFolder);
        var file = Path.Combine(_dataFolder, "not-a-folder");
        await File.WriteAllTextAsync(file, "");
        using var bot = new BotProcess(_dataFolder, new Dictionary<string, string> { ["IncidentBot__DataFolder"] = file });

        var (exitCode, error) = await bot.StartExpectingExitAsync();

        Assert.NotEqual(0, exitCode);
        AssertOneLineExplains(error, bot.Output, $"IncidentBot:DataFolder {file} cannot be used (");
        Assert.Contains("Point IncidentBot:DataFolder at a folder this user may create and write, e.g. --IncidentBot:DataFolder ./data.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithTheReadmeExampleOfANewPersonOnCall_Starts()
    {
        using var bot = new BotProcess(_dataFolder, new Dictionary<string, string>
        {
            ["People__3__Id"] = "ada", ["People__3__Name"] = "Ada Mensah", ["OnCall__Levels__0__0"] = "ada",
            ["IncidentBot__TimeZone"] = "Europe/Paris", ["Logging__LogLevel__Default"] = "Information",
        });

        await bot.StartAsync();

        Assert.Contains(bot.Output, line => line.Contains("on the local workspace", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_OnSlackWithATokenSlackRefuses_StopsWithSlacksReason()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.FailNext("auth.test", 1, FakeFault.SlackError("invalid_auth"));
        using var bot = new BotProcess(_dataFolder, SlackSettings(slack.ApiBaseUrl));

        var (exitCode, error) = await bot.StartExpectingExitAsync();

        Assert.NotEqual(0, exitCode);
        AssertOneLineExplains(error, bot.Output, "Slack refused Slack:BotToken (invalid_auth): copy the Bot User OAuth Token");
    }

    [Fact]
    public async Task Start_OnSlackWhileSlackIsUnreachable_StartsAndSaysItIsOnSlack()
    {
        using var bot = new BotProcess(_dataFolder, SlackSettings(new Uri($"http://127.0.0.1:{ClosedPort()}/api/")));

        await bot.StartAsync();

        Assert.Contains(bot.Output, line => line.Contains("on Slack over HTTP", StringComparison.Ordinal));
        Assert.Contains(bot.Output, line => line.Contains("Slack could not confirm the bot token at start", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private static Dictionary<string, string> SlackSettings(Uri apiBaseUrl) => new()
    {
        ["Slack__BotToken"] = "xoxb-startup-test-token",
        ["Slack__SigningSecret"] = "startup-test-signing-secret",
        ["Slack__ApiBaseUrl"] = apiBaseUrl.ToString(),
    };

    /// <summary>Standard error is the one line; nothing on standard output looks like a stack trace either.</summary>
    private static void AssertOneLineExplains(string error, IReadOnlyList<string> output, string expected)
    {
        var explanation = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(CannotStart, explanation, StringComparison.Ordinal);
        Assert.Contains(expected, explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal));
    }

    /// <summary>A loopback port nothing listens on: taken and let go at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
