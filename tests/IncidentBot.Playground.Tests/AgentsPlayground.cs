using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentBot.Playground.Tests;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c> 0.2.28) as its own process, pointed
/// at the bot's <c>/api/messages</c> as a Teams client (<c>-c msteams</c>), with no browser window of its own and no
/// telemetry. It would listen on every interface: <c>loopback.js</c>, preloaded with <c>node -r</c>, makes its
/// servers listen on 127.0.0.1. Its one port carries the web UI and the mock Bot Connector the bot answers at.
/// </summary>
public sealed partial class AgentsPlayground : IDisposable
{
    private readonly LocalProcess _process;
    private int _port;

    private AgentsPlayground(LocalProcess process) => _process = process;

    /// <summary>The page a person opens.</summary>
    public Uri Page => new($"http://127.0.0.1:{_port}/");

    public IReadOnlyList<string> Output => _process.Output;

    public static async Task<AgentsPlayground> StartAsync(PlaygroundTools tools, Uri messagesEndpoint)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var port = LocalProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        var process = LocalProcess.Start(
            tools.Node,
            ["-r", Path.Combine(AppContext.BaseDirectory, "loopback.js"), tools.PlaygroundCli, "start", "-e", messagesEndpoint.ToString(), "-c", "msteams", "-p", port, "--dt"],
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" },
            Path.GetTempPath());
        var playground = new AgentsPlayground(process);
        try
        {
            // It takes another port when the one asked for was taken meanwhile, and says which.
            await Poll.UntilAsync(() => Task.FromResult(playground.Listening()), "the Playground never said it was listening");
        }
        catch
        {
            playground.Dispose();
            throw;
        }

        return playground;
    }

    public void Dispose() => _process.Dispose();

    private bool Listening()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException("The Playground exited:\n" + string.Join('\n', _process.Output));
        }

        foreach (var line in _process.Output)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                _port = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
