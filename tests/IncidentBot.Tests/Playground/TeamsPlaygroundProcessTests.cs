using System.Runtime.Versioning;
using System.Net;
using System.Net.Sockets;
using IncidentBot.Tests.Process;

namespace IncidentBot.Tests.Playground;

/// <summary>
/// <c>teams-playground</c> as a newcomer runs it: the host's binary as a process, with a fake node and npx first on
/// PATH standing in for the Agents Playground (the real one is driven in IncidentBot.Playground.Tests).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class TeamsPlaygroundProcessTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-teams-playground-{Guid.NewGuid():N}");
    private readonly int _playgroundPort = FreePort();

    [Fact]
    public async Task TeamsPlayground_WithoutNode_StopsWithOneLineSayingNodeIsNeeded()
    {
        var empty = Directory.CreateTempSubdirectory("no-node-").FullName;
        try
        {
            using var bot = Bot(new Dictionary<string, string> { ["PATH"] = empty });

            var (exitCode, error) = await bot.StartExpectingExitAsync();

            Assert.Equal(1, exitCode);
            AssertOneLine(error, bot.Output, "teams-playground needs Node.js 18 or later");
            Assert.Contains("https://nodejs.org", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public async Task TeamsPlayground_WithNode16_StopsWithOneLineNamingTheVersionFound()
    {
        using var node = new FakeNode("v16.20.2");
        using var bot = Bot(new Dictionary<string, string> { ["PATH"] = node.SearchPath });

        var (exitCode, error) = await bot.StartExpectingExitAsync();

        Assert.Equal(1, exitCode);
        AssertOneLine(error, bot.Output, "teams-playground needs Node.js 18 or later");
        Assert.Contains("v16.20.2", error, StringComparison.Ordinal);
        Assert.Null(node.Arguments);
    }

    [Fact]
    public async Task TeamsPlayground_Started_PointsALoopbackPlaygroundAtTheBotAndPrintsWhereToOpenIt()
    {
        using var node = new FakeNode();
        using var bot = Bot(new Dictionary<string, string> { ["PATH"] = node.SearchPath });

        await StartAsync(bot);

        var arguments = node.Arguments!;
        var start = arguments.ToList().IndexOf("start");
        Assert.Equal(
            ["start", "-e", $"{bot.BaseAddress}api/messages", "-c", "msteams", "-p", $"{_playgroundPort}", "--dt"],
            arguments.Skip(start));
        Assert.Contains("TEAMSAPPTESTER_BROWSER=none", node.Environment!);
        var preload = Preload(arguments, node.Environment!);
        Assert.Contains("'127.0.0.1'", await File.ReadAllTextAsync(preload), StringComparison.Ordinal);
        Assert.StartsWith(Path.GetFullPath(_dataFolder), preload, StringComparison.Ordinal);
        Assert.Contains(bot.Output, line => line.Contains($"Open http://127.0.0.1:{_playgroundPort}/ in a browser", StringComparison.Ordinal));
        Assert.Contains(bot.Output, line => line.Contains("'declare Checkout down sev2'", StringComparison.Ordinal));
        Assert.Contains(bot.Output, line => line.Contains($"curl -X POST {bot.BaseAddress}alerts/generic -H 'Authorization: Bearer {BotProcess.AlertToken}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamsPlayground_Interrupted_StopsThePlaygroundAndWhatItStarted()
    {
        using var node = new FakeNode();
        using var bot = Bot(new Dictionary<string, string> { ["PATH"] = node.SearchPath });
        await StartAsync(bot);
        var playground = node.ProcessIds;
        Assert.Equal(2, playground.Count);
        Assert.All(playground, id => Assert.True(FakeNode.IsRunning(id)));

        var exitCode = await bot.InterruptAsync();

        Assert.Equal(0, exitCode);
        await Poll.UntilAsync(() => Task.FromResult(!playground.Any(FakeNode.IsRunning)), "the Playground or its child outlived the bot");
    }

    [Fact]
    public async Task TeamsPlayground_WhenThePlaygroundExits_StopsTheBotAndFails()
    {
        using var node = new FakeNode();
        using var bot = Bot(new Dictionary<string, string> { ["PATH"] = node.SearchPath });
        await StartAsync(bot);

        await File.WriteAllTextAsync(node.ExitSignal, "");
        var exitCode = await bot.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains(bot.Output, line => line.Contains("The Agents Playground exited (code 3), so the bot stops", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamsPlayground_ListeningBeyondLoopback_RefusesAndStartsNoPlayground()
    {
        using var node = new FakeNode();
        using var open = Bot(new Dictionary<string, string> { ["PATH"] = node.SearchPath, ["Urls"] = $"http://0.0.0.0:{FreePort()}" });

        var (exitCode, error) = await open.StartExpectingExitAsync();

        Assert.Equal(1, exitCode);
        AssertOneLine(error, open.Output, "IncidentBot cannot start: Teams:AllowUnauthenticatedLocalClient accepts activities without a token");
        Assert.Null(node.Arguments);
    }

    [Fact]
    public async Task TeamsPlayground_WithAnAppRegistration_RefusesAndStartsNoPlayground()
    {
        using var node = new FakeNode();
        using var bot = Bot(new Dictionary<string, string>
        {
            ["PATH"] = node.SearchPath,
            ["Teams__AppId"] = "6f1c2a3b-0d4e-4f5a-9b8c-7d6e5f4a3b2c",
            ["Teams__AppPassword"] = "a-client-secret",
            ["Teams__TenantId"] = "0d4e6f1c-2a3b-4f5a-9b8c-7d6e5f4a3b2c",
            ["Teams__IncidentsChannelId"] = "19:incidents@thread.tacv2",
        });

        var (exitCode, error) = await bot.StartExpectingExitAsync();

        Assert.Equal(1, exitCode);
        AssertOneLine(error, bot.Output, "IncidentBot cannot start: teams-playground runs the bot without an app registration: unset Teams:AppId");
        Assert.Null(node.Arguments);
    }

    [Fact]
    public async Task TeamsPlayground_OnAPortAnotherProgramListensOn_RefusesNamingTheOption()
    {
        using var node = new FakeNode();
        using var squatter = new TcpListener(IPAddress.Loopback, _playgroundPort);
        squatter.Start();
        using var bot = Bot(new Dictionary<string, string> { ["PATH"] = node.SearchPath });

        var (exitCode, error) = await bot.StartExpectingExitAsync();

        Assert.Equal(1, exitCode);
        AssertOneLine(error, bot.Output, $"Port {_playgroundPort} on 127.0.0.1 is taken");
        Assert.Contains("--port", error, StringComparison.Ordinal);
        Assert.Null(node.Arguments);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private BotProcess Bot(Dictionary<string, string> settings) =>
        new(_dataFolder, settings, ["teams-playground", "--port", $"{_playgroundPort}"]);

    /// <summary>Starts the bot and waits for its banner, printed once the Playground listens.</summary>
    private static async Task StartAsync(BotProcess bot)
    {
        await bot.StartAsync();
        await Poll.UntilAsync(
            () => Task.FromResult(bot.Output.Any(line => line.Contains("runs beside the bot", StringComparison.Ordinal))),
            "the bot never said the Playground runs");
    }

    /// <summary>The preloaded file: node's <c>-r</c> (the local install) or NODE_OPTIONS' <c>--require</c> (npx).</summary>
    private static string Preload(IReadOnlyList<string> arguments, IReadOnlyList<string> environment)
    {
        var r = arguments.ToList().IndexOf("-r");
        if (r >= 0)
        {
            Assert.Equal("node", arguments[0]);
            return arguments[r + 1];
        }

        Assert.Equal("npx", arguments[0]);
        var options = environment.Single(line => line.StartsWith("NODE_OPTIONS=", StringComparison.Ordinal));
        return options[(options.IndexOf("--require \"", StringComparison.Ordinal) + 11)..].TrimEnd('"');
    }

    /// <summary>Standard error is the one line; nothing on standard output looks like a stack trace.</summary>
    private static void AssertOneLine(string error, IReadOnlyList<string> output, string expected)
    {
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(output, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
