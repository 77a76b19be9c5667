using System.Diagnostics;

using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.SocketMode;
using IncidentBot.Slack.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Slack.Tests.SocketMode;

/// <summary>
/// A <see cref="SocketModeClient"/> running against the fake Slack on loopback, on a fake clock (backoff and timeouts
/// pass only when a test advances it), handing envelopes to a <see cref="ScriptedSlackInbound"/>.
/// </summary>
internal sealed class SocketModeHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SocketModeHarness(FakeSlackServer server, SocketModeTuning tuning)
    {
        Server = server;
        Slack = new FakeSocketMode(server);
        Connector = new FakeSocketModeConnector(Slack, Time);
        Tuning = tuning;
        _services = new ServiceCollection().AddSingleton<ISlackInbound>(Inbound).BuildServiceProvider();
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-test", AppToken = "xapp-test" });
        Client = new SocketModeClient(options, Connector, _services.GetRequiredService<IServiceScopeFactory>(), Time, Log, tuning);
    }

    public FakeSlackServer Server { get; }

    public FakeSocketMode Slack { get; }

    public FakeSocketModeConnector Connector { get; }

    public ScriptedSlackInbound Inbound { get; } = new();

    public LogRecorder Log { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));

    public SocketModeTuning Tuning { get; }

    public SocketModeClient Client { get; }

    /// <summary>Starts the client; <paramref name="arrange"/> runs first, to set up the fakes.</summary>
    public static async Task<SocketModeHarness> StartAsync(SocketModeTuning? tuning = null, Action<SocketModeHarness>? arrange = null)
    {
        var harness = new SocketModeHarness(await FakeSlackServer.StartAsync(), tuning ?? new SocketModeTuning());
        arrange?.Invoke(harness);
        await harness.Client.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Moves the fake clock forward a step at a time until <paramref name="holds"/>; for waits behind backoff.</summary>
    public async Task AdvanceUntilAsync(Func<bool> holds, string what, TimeSpan? step = null)
    {
        var waited = Stopwatch.StartNew();
        while (!holds())
        {
            if (waited.Elapsed > Poll.Timeout)
            {
                throw new TimeoutException($"Advanced the clock for {Poll.Timeout.TotalSeconds:0} s and never saw {what}.");
            }

            Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }
    }

    /// <summary>Connection <paramref name="number"/> once the client heard its hello.</summary>
    public async Task<FakeSocketConnection> ConnectedAsync(int number)
    {
        var connection = await Slack.ConnectionAsync(number);
        await Poll.UntilAsync(() => HellosHeard >= number, $"the client to hear hello on connection {number}");
        return connection;
    }

    /// <summary>Connection <paramref name="number"/> once the client heard its hello, advancing the clock past any backoff before it.</summary>
    public async Task<FakeSocketConnection> ConnectedAfterBackoffAsync(int number)
    {
        await AdvanceUntilAsync(() => HellosHeard >= number, $"the client to hear hello on connection {number}");
        return Slack.Connection(number)!;
    }

    private int HellosHeard => Log.Entries.Count(e => e.Message.Contains(" is up ", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        Inbound.Release();
        await Client.StopAsync(CancellationToken.None);
        Client.Dispose();
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
