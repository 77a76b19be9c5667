using System.Collections.Frozen;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Keeps the bot connected to Slack over Socket Mode (https://docs.slack.dev/apis/events-api/using-socket-mode/) when
/// <see cref="SlackOptions.AppToken"/> is set, and hands what arrives to <see cref="Inbound.ISlackInbound"/>.
/// </summary>
/// <remarks>
/// <para>Connecting: a fresh address from <see cref="ISocketModeConnector"/>, a WebSocket, then Slack's <c>hello</c>.
/// Failed attempts and connections that die young are retried after <see cref="ReconnectBackoff"/> (exponential with
/// jitter, capped); a connection that lived long enough is replaced at once.</para>
/// <para>Slack's <c>disconnect</c> message: <c>warning</c> and <c>refresh_requested</c> announce the end of a connection
/// that still works, so the next one is opened first and the old one retired after it (make before break);
/// <c>link_disabled</c> (Socket Mode turned off for the app) stops the client with an error, as reconnecting cannot
/// help; <c>too_many_websockets</c> and reasons unknown today end the connection and reconnect after backoff.</para>
/// <para>Delivery: each envelope is handled on the thread pool, at most a fixed number at once over all connections, so
/// a slow handler never holds up reading; it is acknowledged on the connection it came by, only after its handler
/// returned (the handler records what must not be lost first). An envelope whose ack did not reach Slack is delivered
/// again; <see cref="EnvelopeLedger"/> (keyed by <c>event_id</c> for events, <c>envelope_id</c> otherwise) answers the
/// redelivery with the first handling's ack instead of handling it twice, and lets a failed handling run again. Why it
/// records success after handling, in memory, rather than claiming keys in the inbox store first: see the ledger.</para>
/// </remarks>
public sealed partial class SocketModeClient : BackgroundService
{
    private static readonly FrozenSet<string> HopelessErrors = FrozenSet.Create(
        StringComparer.Ordinal,
        DisconnectReasons.LinkDisabled, "invalid_auth", "not_authed", "missing_args", "forbidden_team", "account_inactive", "token_revoked", "not_allowed_token_type");

    private readonly SlackOptions _options;
    private readonly ISocketModeConnector _connector;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SocketModeTuning _tuning;
    private readonly EnvelopeDispatcher _dispatcher;
    private readonly EnvelopeLedger _ledger;
    private readonly SemaphoreSlim _handlerSlots;
    private readonly CancellationTokenSource _handlersStopped = new();
    private int _failures;
    private int _connections;

    public SocketModeClient(
        IOptions<SlackOptions> options, ISocketModeConnector connector, IServiceScopeFactory scopes, TimeProvider time, ILogger<SocketModeClient> logger)
        : this(options, connector, scopes, time, logger, new SocketModeTuning())
    {
    }

    internal SocketModeClient(
        IOptions<SlackOptions> options, ISocketModeConnector connector, IServiceScopeFactory scopes, TimeProvider time, ILogger logger, SocketModeTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_options, _connector, _time, _logger, _tuning) = (options.Value, connector, time, logger, tuning);
        _dispatcher = new EnvelopeDispatcher(scopes, logger);
        _ledger = new EnvelopeLedger(time, tuning.DedupeWindow, tuning.DedupeCapacity);
        _handlerSlots = new SemaphoreSlim(tuning.MaxConcurrentHandlers, tuning.MaxConcurrentHandlers);
    }

    public override void Dispose()
    {
        _handlersStopped.Dispose();
        _handlerSlots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.UsesSocketMode)
        {
            LogNotConfigured(_logger);
            return;
        }

        SocketModeConnection? current = null;
        try
        {
            current = await ConnectAsync(stoppingToken).ConfigureAwait(false);
            while (current is not null)
            {
                await Task.WhenAny(current.Ended, current.RefreshRequested).WaitAsync(stoppingToken).ConfigureAwait(false);
                if (!current.Ended.IsCompleted)
                {
                    _failures = 0;
                    var next = await ConnectAsync(stoppingToken).ConfigureAwait(false);
                    await RetireAsync(current, "replaced by a new connection").ConfigureAwait(false);
                    current = next;
                    continue;
                }

                var end = await current.Ended.ConfigureAwait(false);
                var uptime = current.Uptime;
                await RetireAsync(current, "ended").ConfigureAwait(false);
                current = null;
                if (end.IsLinkDisabled)
                {
                    LogLinkDisabled(_logger);
                    return;
                }

                current = await ReconnectAsync(end, uptime, stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (current is not null)
            {
                await RetireAsync(current, "the bot is stopping").ConfigureAwait(false);
            }

            await _handlersStopped.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task<SocketModeConnection?> ReconnectAsync(ConnectionEnd end, TimeSpan uptime, CancellationToken stoppingToken)
    {
        if (uptime >= _tuning.StableAfter)
        {
            _failures = 0;
            LogReconnecting(_logger, end.ToString(), TimeSpan.Zero);
        }
        else
        {
            var delay = _tuning.Backoff.DelayAfter(++_failures);
            LogReconnecting(_logger, end.ToString(), delay);
            await Task.Delay(delay, _time, stoppingToken).ConfigureAwait(false);
        }

        return await ConnectAsync(stoppingToken).ConfigureAwait(false);
    }

    /// <summary>A connection that said hello, after as many attempts as it takes; null when Slack will not let the app in.</summary>
    private async Task<SocketModeConnection?> ConnectAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            var connection = new SocketModeConnection(++_connections, HandleAsync, _tuning, _time, _logger);
            try
            {
                var url = await _connector.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                await connection.ConnectAsync(url, stoppingToken).ConfigureAwait(false);
                await connection.Hello.WaitAsync(_tuning.HelloTimeout, _time, stoppingToken).ConfigureAwait(false);
                return connection;
            }
            catch (SocketModeConnectException e) when (HopelessErrors.Contains(e.Error))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                LogRefused(_logger, e.Error, e);
                return null;
            }
            catch (Exception e) when (IsWorthRetrying(e, stoppingToken))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                var delay = _tuning.Backoff.DelayAfter(++_failures);
                LogAttemptFailed(_logger, _failures, delay, e);
                await Task.Delay(delay, _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The failures <see cref="ISocketModeConnector"/>'s contract names, a WebSocket that would not open or say hello, and timeouts.</summary>
    private static bool IsWorthRetrying(Exception e, CancellationToken stoppingToken) =>
        e is HttpRequestException or WebSocketException or SocketModeConnectException or TimeoutException
        || (e is OperationCanceledException && !stoppingToken.IsCancellationRequested);

    private async Task RetireAsync(SocketModeConnection connection, string why)
    {
        await connection.CloseAsync(why).ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        LogRetired(_logger, connection.Number, why);
    }

    private Task<string?> HandleAsync(SocketEnvelope envelope)
    {
        var key = envelope.DedupeKey;
        var outcome = _ledger.HandleOnceAsync(key, () => RunHandlerAsync(envelope), out var repeat);
        if (repeat)
        {
            LogRepeat(_logger, envelope.EnvelopeId, key);
        }

        return outcome;
    }

    private async Task<string?> RunHandlerAsync(SocketEnvelope envelope)
    {
        await _handlerSlots.WaitAsync(_handlersStopped.Token).ConfigureAwait(false);
        try
        {
            var ack = await _dispatcher.DispatchAsync(envelope, _handlersStopped.Token).ConfigureAwait(false);
            return ack.Body?.ToJsonString();
        }
        finally
        {
            _handlerSlots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack:AppToken is not set; Socket Mode stays off")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode connection attempt failed ({Failures} in a row); trying again in {Delay}")]
    private static partial void LogAttemptFailed(ILogger logger, int failures, TimeSpan delay, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack refused Socket Mode for good ({Error}); not reconnecting. Check Slack:AppToken and the app's Socket Mode setting, then restart the bot")]
    private static partial void LogRefused(ILogger logger, string error, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack disabled Socket Mode for this app (link_disabled); not reconnecting. Turn Socket Mode back on in the app's settings, then restart the bot")]
    private static partial void LogLinkDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connection ended: {End}; reconnecting in {Delay}")]
    private static partial void LogReconnecting(ILogger logger, string end, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Socket Mode connection {Connection} closed: {Why}")]
    private static partial void LogRetired(ILogger logger, int connection, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode envelope {EnvelopeId} repeats {Key}, already handled or being handled; answering with that handling's ack")]
    private static partial void LogRepeat(ILogger logger, string envelopeId, string key);
}
