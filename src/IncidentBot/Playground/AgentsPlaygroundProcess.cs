using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Configuration;
using IncidentBot.Teams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace IncidentBot.Playground;

/// <summary>
/// The Agents Playground as a child process of the bot: started once the bot listens (so a bot that refuses to start
/// never starts it), pointed at the bot's <c>/api/messages</c>; stopped with its whole process tree, by its own process
/// id, when the bot stops; and when it exits on its own, the bot stops too, since one is no use without the other.
/// </summary>
public sealed partial class AgentsPlaygroundProcess(
    PlaygroundRun run,
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<BotOptions> bot,
    IOptions<TeamsOptions> teams,
    TimeProvider time,
    ILogger<AgentsPlaygroundProcess> logger) : IHostedLifecycleService, IDisposable
{
    /// <summary>How long the Playground may take to listen: npx fetches it on a first run.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private const int LinesKept = 20;

    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _lastLines = new();
    private Process? _process;
    private volatile bool _stopping;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // With an app registration the bot would be on Teams itself, its threads in channels the Playground does not have.
        return teams.Value.IsPlayground
            ? Task.CompletedTask
            : throw new AgentsPlaygroundException("teams-playground runs the bot without an app registration: unset Teams:AppId (and the registration's secret or certificate, and tenant) for it.");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(bot.Value.DataFolder, "playground"));
        Directory.CreateDirectory(folder);
        var start = AgentsPlaygroundLaunch.StartInfo(run.Tools, LoopbackPreload.WriteTo(folder), MessagesEndpoint(), run.CommandLine.Port, folder);
        LogStarting(logger, start.FileName, string.Join(' ', start.ArgumentList));
        // Watched for its exit from the start: one that exits at once is still seen to.
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) => Read(line.Data);
        _process.ErrorDataReceived += (_, line) => Read(line.Data);
        _process.Exited += (_, _) => OnExited();
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            var port = await _listening.Task.WaitAsync(StartTimeout, time, cancellationToken).ConfigureAwait(false);
            if (port != run.CommandLine.Port)
            {
                throw new AgentsPlaygroundException(
                    $"The Agents Playground took port {port}: port {run.CommandLine.Port} was taken meanwhile. Run again, or choose another with --port.");
            }
        }
        catch (TimeoutException)
        {
            Stop();
            throw new AgentsPlaygroundException($"The Agents Playground did not listen within {StartTimeout.TotalMinutes} minutes; it said:\n{LastLines()}");
        }
        catch
        {
            Stop();
            throw;
        }
    }

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        Stop();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        Stop();
        _process?.Dispose();
    }

    /// <summary>Kills the Playground and whatever it started, by its process id; nothing when it is not running.</summary>
    private void Stop()
    {
        _stopping = true;
        if (_process is not { } process)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                LogStopped(logger, process.Id);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the question and the kill.
        }
    }

    private Uri MessagesEndpoint()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new AgentsPlaygroundException("The bot listens on no address the Playground could reach.");
        return new Uri(new Uri(address.TrimEnd('/') + "/"), "api/messages");
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        LogLine(logger, line);
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > LinesKept)
            {
                _lastLines.Dequeue();
            }
        }

        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    private void OnExited()
    {
        var code = _process!.ExitCode;
        if (_listening.TrySetException(new AgentsPlaygroundException($"The Agents Playground exited (code {code}) before it listened; it said:\n{LastLines()}")) || _stopping)
        {
            return;
        }

        run.PlaygroundExitCode = code;
        LogExited(logger, code, LastLines());
        lifetime.StopApplication();
    }

    private string LastLines()
    {
        lock (_lastLines)
        {
            return string.Join('\n', _lastLines);
        }
    }

    [GeneratedRegex(@"^Listening on (\d+)")]
    private static partial Regex ListeningOn();

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting the Agents Playground: {Program} {Arguments}")]
    private static partial void LogStarting(ILogger logger, string program, string arguments);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Agents Playground: {Line}")]
    private static partial void LogLine(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped the Agents Playground (process {ProcessId} and its children)")]
    private static partial void LogStopped(ILogger logger, int processId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Agents Playground exited (code {ExitCode}), so the bot stops. It said:\n{Output}")]
    private static partial void LogExited(ILogger logger, int exitCode, string output);
}
