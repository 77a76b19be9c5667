using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace IncidentBot.Tests.Process;

/// <summary>
/// The bot as a real operating-system process (the host's own binary), so a test can kill it with SIGKILL
/// and start it again on the same data folder.
/// </summary>
public sealed class BotProcess : IDisposable
{
    public const string AlertToken = "process-alert-token";
    public const string ApiToken = "process-api-token";

    private readonly Dictionary<string, string> _environment;
    private readonly IReadOnlyList<string> _arguments;
    private readonly List<string> _output = [];
    private System.Diagnostics.Process? _process;

    /// <param name="arguments">The command line after the binary: a verb, settings.</param>
    public BotProcess(string dataFolder, IReadOnlyDictionary<string, string> settings, IReadOnlyList<string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _arguments = arguments ?? [];
        Port = FreePort();
        _environment = new Dictionary<string, string>
        {
            ["Urls"] = BaseAddress.ToString().TrimEnd('/'),
            ["IncidentBot__DataFolder"] = dataFolder,
            ["IncidentBot__ApiToken"] = ApiToken,
            ["Alerts__alertmanager__Token"] = AlertToken,
            ["Alerts__generic__Token"] = AlertToken,
            ["Logging__LogLevel__Default"] = "Warning",
        };

        // A test's own settings win, the listening address included.
        foreach (var (key, value) in settings)
        {
            _environment[key] = value;
        }

        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = Poll.Timeout };
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public HttpClient Http { get; }

    /// <summary>The operating system's id of the running bot.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The bot is not running.");

    public async Task StartAsync()
    {
        _process = Launch();
        _process.OutputDataReceived += (_, line) => Record(line.Data);
        _process.ErrorDataReceived += (_, line) => Record(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Poll.UntilAsync(async () => await IsHealthyAsync(), "the bot never became healthy");
    }

    /// <summary>What the bot wrote to standard output (and, once started, standard error), a line each, as it came.</summary>
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

    /// <summary>
    /// Starts a bot that is expected to refuse to start, and waits for it to stop: its exit code and its standard
    /// error (its standard output goes to <see cref="Output"/>).
    /// </summary>
    public async Task<(int ExitCode, string Error)> StartExpectingExitAsync()
    {
        using var never = new CancellationTokenSource(Poll.Timeout);
        _process = Launch();
        var output = _process.StandardOutput.ReadToEndAsync(never.Token);
        var error = _process.StandardError.ReadToEndAsync(never.Token);
        await _process.WaitForExitAsync(never.Token);
        foreach (var line in (await output).Split('\n'))
        {
            Record(line);
        }

        return (_process.ExitCode, await error);
    }

    /// <summary>SIGINT, as Ctrl+C sends it: the bot shuts down as it would in a terminal. Returns its exit code.</summary>
    public async Task<int> InterruptAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The bot is not running.");
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var never = new CancellationTokenSource(Poll.Timeout);
        await process.WaitForExitAsync(never.Token);
        return process.ExitCode;
    }

    /// <summary>Waits until the bot stops of its own accord; its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The bot is not running.");
        using var never = new CancellationTokenSource(Poll.Timeout);
        await process.WaitForExitAsync(never.Token);
        return process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, nothing the process could do to help.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    public async Task<HttpResponseMessage> PostAlertAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/alertmanager") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AlertToken);
        return await Http.SendAsync(request);
    }

    /// <summary>Sends a generic alert of a group of its own (its title); returns the number of the incident it opened.</summary>
    public async Task<int> OpenIncidentAsync(string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic")
        {
            Content = JsonContent.Create(new { title, id = title, groupKey = title, startsAt = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AlertToken);
        using var response = await Http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Accepted
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opened")[0].GetInt32()
            : throw new InvalidOperationException($"The alert '{title}' was answered {(int)response.StatusCode}.");
    }

    public async Task<JsonElement?> IncidentAsync(int number)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{number}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiToken);
        using var response = await Http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    public void Dispose()
    {
        Kill();
        Http.Dispose();
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

    private System.Diagnostics.Process Launch()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "IncidentBot.dll"), .. _arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        return System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private async Task<bool> IsHealthyAsync()
    {
        if (_process is { HasExited: true })
        {
            throw new InvalidOperationException($"The bot exited with code {_process.ExitCode}.");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
