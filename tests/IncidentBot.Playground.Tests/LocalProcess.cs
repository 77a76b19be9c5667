using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IncidentBot.Playground.Tests;

/// <summary>
/// A program the test starts (the bot, the Playground), with what it writes kept line by line, and stopped by its own
/// process id (and its children) when the test is done.
/// </summary>
public sealed class LocalProcess : IDisposable
{
    private readonly List<string> _output = [];
    private readonly Process _process;

    private LocalProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Standard output and error, a line each, as they came.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    public static LocalProcess Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var started = new LocalProcess(process);
        process.OutputDataReceived += (_, line) => started.Record(line.Data);
        process.ErrorDataReceived += (_, line) => started.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>A port nothing listens on now, on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }
}
