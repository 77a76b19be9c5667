using System.Net.WebSockets;
using System.Text.Json;

using IncidentBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket (https://docs.slack.dev/apis/events-api/using-socket-mode/): reads Slack's messages,
/// reassembling those split over several frames; starts each envelope's handling without waiting for it and sends the
/// ack when the handling succeeded; reports Slack's <c>hello</c>, an announced refresh and how the connection ended.
/// </summary>
internal sealed partial class SocketModeConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _abort = new();
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _refresh = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ConnectionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly InFlightTasks _inFlight = new();
    private readonly Func<SocketEnvelope, Task<string?>> _handle;
    private readonly SocketModeTuning _tuning;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Task<ConnectionEnd> _reading = Task.FromResult(new ConnectionEnd(ConnectionEndKind.Dropped, "never connected"));
    private long? _helloAt;
    private volatile bool _closing;
    private bool _disposed;

    /// <summary>A connection whose envelopes go to <paramref name="handle"/>, which returns the ack's payload as JSON (null for none).</summary>
    public SocketModeConnection(int number, Func<SocketEnvelope, Task<string?>> handle, SocketModeTuning tuning, TimeProvider time, ILogger logger)
    {
        (Number, _handle, _tuning, _time, _logger) = (number, handle, tuning, time, logger);
        _socket.Options.KeepAliveInterval = tuning.KeepAlive;
        _socket.Options.KeepAliveTimeout = tuning.KeepAlive;
    }

    /// <summary>Counts the connections of one client, for the log.</summary>
    public int Number { get; }

    /// <summary>Completes on Slack's <c>hello</c>; fails with <see cref="SocketModeConnectException"/> when the connection ends first.</summary>
    public Task Hello => _hello.Task;

    /// <summary>Completes with the reason when Slack announces this connection will be replaced (<c>warning</c>, <c>refresh_requested</c>).</summary>
    public Task<string> RefreshRequested => _refresh.Task;

    /// <summary>
    /// Completes when reading stopped, or when Slack said <c>disconnect</c> (reading then goes on until the close
    /// handshake <see cref="CloseAsync"/> starts is answered); never fails.
    /// </summary>
    public Task<ConnectionEnd> Ended => _ended.Task;

    /// <summary>Time since <c>hello</c>.</summary>
    public TimeSpan Uptime => _helloAt is { } at ? _time.GetElapsedTime(at) : TimeSpan.Zero;

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        _reading = ReadAsync();
    }

    /// <summary>
    /// Retires the connection: lets the handlers of envelopes received so far finish and ack (up to the drain timeout),
    /// sends the close frame and waits a little for Slack's answer. Envelopes that arrive after the close frame are left
    /// unacknowledged, for Slack to deliver again on the next connection.
    /// </summary>
    public async Task CloseAsync(string why)
    {
        if (_socket.State == WebSocketState.Open && !await _inFlight.DrainAsync(_tuning.DrainTimeout, _time).ConfigureAwait(false))
        {
            LogDrainCut(_logger, Number, _inFlight.Count);
        }

        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            _closing = true;
            if (!_disposed && _socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, why, _abort.Token).ConfigureAwait(false);
            }
        }
        catch (WebSocketException e)
        {
            LogCloseNotSent(_logger, Number, e.Message);
        }
        finally
        {
            _sending.Release();
        }

        try
        {
            await _reading.WaitAsync(_tuning.CloseTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _abort.CancelAsync().ConfigureAwait(false);
        await _reading.ConfigureAwait(false);
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            _socket.Dispose();
        }
        finally
        {
            _sending.Release();
        }

        _abort.Dispose();
    }

    private async Task<ConnectionEnd> ReadAsync()
    {
        ConnectionEnd end;
        try
        {
            end = await ReadMessagesAsync().ConfigureAwait(false);
        }
        catch (WebSocketException e)
        {
            end = new ConnectionEnd(ConnectionEndKind.Dropped, e.WebSocketErrorCode.ToString());
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            end = new ConnectionEnd(ConnectionEndKind.ClosedByClient);
        }

        _hello.TrySetException(new SocketModeConnectException(end.Reason ?? "connection_closed", $"The connection ended before Slack's hello: {end}."));
        _ended.TrySetResult(end);
        return end;
    }

    private async Task<ConnectionEnd> ReadMessagesAsync()
    {
        var reader = new WebSocketMessageReader(_socket, _tuning.MaxMessageBytes);
        while (true)
        {
            var message = await reader.ReadAsync(_abort.Token).ConfigureAwait(false);
            switch (message.Kind)
            {
                case ReceivedMessageKind.Close:
                    return await AnswerCloseAsync().ConfigureAwait(false);
                case ReceivedMessageKind.TooLarge:
                    LogTooLarge(_logger, Number, _tuning.MaxMessageBytes);
                    break;
                default:
                    OnMessage(message.Utf8.Span);
                    break;
            }
        }
    }

    private void OnMessage(ReadOnlySpan<byte> utf8)
    {
        JsonElement message;
        try
        {
            message = JsonSerializer.Deserialize<JsonElement>(utf8);
        }
        catch (JsonException e)
        {
            LogUnreadable(_logger, Number, e.Message);
            return;
        }

        var type = message.String("type");
        switch (type)
        {
            case "hello":
                _helloAt = _time.GetTimestamp();
                LogHello(_logger, Number, ConnectionCount(message));
                _hello.TrySetResult();
                return;
            case "disconnect":
                OnDisconnect(message.String("reason") ?? "unknown");
                return;
        }

        if (SocketEnvelope.From(message) is { } envelope)
        {
            Start(envelope);
        }
        else
        {
            LogIgnored(_logger, Number, type);
        }
    }

    /// <summary>
    /// Reports the end Slack announced. Reading goes on: the client closes with a handshake, and only Slack's answer to
    /// its close frame ends the socket, so the close frame is never cut off by the client tearing the connection down.
    /// </summary>
    private void OnDisconnect(string reason)
    {
        LogDisconnect(_logger, Number, reason);
        if (DisconnectReasons.AnnouncesRefresh(reason))
        {
            _refresh.TrySetResult(reason);
            return;
        }

        _ended.TrySetResult(new ConnectionEnd(ConnectionEndKind.Disconnected, reason));
    }

    private void Start(SocketEnvelope envelope)
    {
        if (_closing)
        {
            LogLeftForRedelivery(_logger, Number, envelope.EnvelopeId);
            return;
        }

        _inFlight.Track(ProcessAsync(envelope));
    }

    /// <summary>
    /// Acks the envelope once its handling succeeded. A failed handling is logged and left unacked, so Slack delivers the
    /// envelope again: this is the boundary where a handler's failure stops, so it never fails itself.
    /// </summary>
    private async Task ProcessAsync(SocketEnvelope envelope)
    {
        var handling = _handle(envelope);
        await ((Task)handling).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (handling.IsCompletedSuccessfully)
        {
            await SendAckAsync(envelope, handling.Result).ConfigureAwait(false);
        }
        else
        {
            LogNotAcked(_logger, envelope.EnvelopeId, envelope.Type, handling.Exception?.GetBaseException());
        }
    }

    private async Task SendAckAsync(SocketEnvelope envelope, string? payloadJson)
    {
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed || _socket.State != WebSocketState.Open)
            {
                LogAckLost(_logger, envelope.EnvelopeId, Number, "the connection is closed");
                return;
            }

            await _socket.SendAsync(envelope.Ack(payloadJson), WebSocketMessageType.Text, true, _abort.Token).ConfigureAwait(false);
        }
        catch (WebSocketException e)
        {
            LogAckLost(_logger, envelope.EnvelopeId, Number, e.Message);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            LogAckLost(_logger, envelope.EnvelopeId, Number, "the connection was dropped");
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task<ConnectionEnd> AnswerCloseAsync()
    {
        if (_closing)
        {
            return new ConnectionEnd(ConnectionEndKind.ClosedByClient);
        }

        var status = $"{_socket.CloseStatus} {_socket.CloseStatusDescription}".Trim();
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            _closing = true;
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, _abort.Token).ConfigureAwait(false);
        }
        catch (WebSocketException e)
        {
            LogCloseNotSent(_logger, Number, e.Message);
        }
        finally
        {
            _sending.Release();
        }

        return new ConnectionEnd(ConnectionEndKind.ClosedByServer, status);
    }

    private static int? ConnectionCount(JsonElement hello) =>
        hello.TryGetProperty("num_connections", out var count) && count.TryGetInt32(out var value) ? value : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connection {Connection} is up ({Connections} connections open for the app)")]
    private static partial void LogHello(ILogger logger, int connection, int? connections);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack will disconnect Socket Mode connection {Connection}: {Reason}")]
    private static partial void LogDisconnect(ILogger logger, int connection, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Socket Mode envelope {EnvelopeId} ({Type}) was not acknowledged: its handling failed; Slack may deliver it again")]
    private static partial void LogNotAcked(ILogger logger, string envelopeId, string type, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode envelope {EnvelopeId} was handled but its ack could not be sent on connection {Connection} ({Why}); a redelivery will be answered without handling it again")]
    private static partial void LogAckLost(ILogger logger, string envelopeId, int connection, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode envelope {EnvelopeId} arrived on connection {Connection} after it began closing; left for Slack to deliver again")]
    private static partial void LogLeftForRedelivery(ILogger logger, int connection, string envelopeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode connection {Connection}: {Running} handlers still running when it closed; their acks will be missing")]
    private static partial void LogDrainCut(ILogger logger, int connection, int running);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Socket Mode connection {Connection}: the close frame could not be sent ({Error})")]
    private static partial void LogCloseNotSent(ILogger logger, int connection, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode connection {Connection} received a message that is not JSON: {Error}")]
    private static partial void LogUnreadable(ILogger logger, int connection, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Socket Mode connection {Connection} received a message over {Limit} bytes; dropped unacknowledged")]
    private static partial void LogTooLarge(ILogger logger, int connection, int limit);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Socket Mode connection {Connection} ignored a message of type '{Type}'")]
    private static partial void LogIgnored(ILogger logger, int connection, string? type);
}
