using System.Net;
using System.Net.Sockets;
using IncidentBot.Hosting;

namespace IncidentBot.Playground;

/// <summary>
/// <c>teams-playground [--port &lt;port&gt;] [--Key=value …]</c>: a newcomer's one command to try the bot in Teams with
/// no Microsoft account. It runs the bot in Playground mode (<c>Teams:AllowUnauthenticatedLocalClient</c>, no app
/// registration, loopback only) with the Microsoft 365 Agents Playground beside it as a child process, its mock
/// connector as <c>Teams:ServiceUrl</c> so an alert opens its thread before anyone wrote to the bot.
/// </summary>
public static class TeamsPlaygroundCli
{
    public const string Usage =
        "usage: dotnet run --project src/IncidentBot -- teams-playground [--port <Playground port, default 56150>] [--<bot setting>=<value> …]";

    public static async Task<int> RunAsync(string[] arguments, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(error);
        if (PlaygroundCommandLine.Parse(arguments) is not { } commandLine)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var (tools, refusal) = await NodeTools.FindAsync(
            Environment.GetEnvironmentVariable("PATH"), [Environment.CurrentDirectory, AppContext.BaseDirectory]).ConfigureAwait(false);
        refusal ??= PortRefusal(commandLine.Port);
        if (refusal is not null)
        {
            await error.WriteLineAsync(refusal).ConfigureAwait(false);
            return 1;
        }

        var run = new PlaygroundRun(tools!, commandLine);
        var code = await BotHost.RunAsync(commandLine.BotArguments(), services => services.AddAgentsPlayground(run)).ConfigureAwait(false);
        return code == 0 && run.PlaygroundExitCode is not null ? 1 : code;
    }

    /// <summary>
    /// Why the Playground cannot have <paramref name="port"/>, or null. Told before anything starts: given a taken
    /// port, the Playground would quietly take another, where the bot's <c>Teams:ServiceUrl</c> does not point.
    /// </summary>
    private static string? PortRefusal(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            return null;
        }
        catch (SocketException)
        {
            return $"Port {port} on 127.0.0.1 is taken (another Agents Playground?): stop what listens there, or give the Playground another with --port <port>.";
        }
    }
}
