using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// One Socket Mode WebSocket on <see cref="FakeSocketMode"/>'s side: sends Slack's messages (split into frames),
/// reads the client's acks, and lets a test say <c>disconnect</c>, close the connection or drop it abruptly.
/// </summary>
public sealed class FakeSocketConnection
{
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly FakeSocketMode _owner;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _greeted;
    private volatile bool _isEnded;

    internal FakeSocketConnection(int number, WebSocket socket, HttpContext context, IReadOnlyList<int> othersOpen, FakeSocketMode owner)
    {
        (Number, _socket, _context, OthersOpenAtAccept, _owner) = (number, socket, context, othersOpen, owner);
    }

    /// <summary>1 for the first connection the fake accepted, and so on.</summary>
    public int Number { get; }

    /// <summary>The connections that were still open when this one was accepted (make before break shows here).</summary>
    public IReadOnlyList<int> OthersOpenAtAccept { get; }

    public bool Greeted => _greeted;

    public bool IsOpen => !_isEnded && _socket.State == WebSocketState.Open;

    /// <summary>Completes when the connection is over, however it ended.</summary>
    public Task Ended => _ended.Task;

    /// <summary>The client's close status when the client closed the connection; null otherwise.</summary>
    public WebSocketCloseStatus? ClosedByClientWith { get; private set; }

    /// <summary>How many messages (acks) the client sent on this connection.</summary>
    public int AcksReceived { get; private set; }

    internal bool IsReady => _greeted && IsOpen;

    /// <summary>Sends <c>{"type":"disconnect","reason":…}</c>, as Slack does before it closes a connection.</summary>
    public Task SendDisconnectAsync(string reason) =>
        SendAsync(new JsonObject
        {
            ["type"] = "disconnect",
            ["reason"] = reason,
            ["debug_info"] = new JsonObject { ["host"] = "fake-slack" },
        }.ToJsonString());

    /// <summary>Cuts the TCP connection with no close handshake.</summary>
    public void Drop() => _context.Abort();

    /// <summary>Closes the connection from Slack's side with a proper close handshake.</summary>
    public async Task CloseAsync()
    {
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "fake Slack closes", CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Sends one text message, split into frames of <see cref="FakeSocketMode.FrameSize"/> bytes.</summary>
    public async Task SendAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += _owner.FrameSize)
            {
                var length = Math.Min(_owner.FrameSize, bytes.Length - offset);
                var last = offset + length == bytes.Length;
                await _socket.SendAsync(bytes.AsMemory(offset, length), WebSocketMessageType.Text, last, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Sends, or leaves the message to redelivery when the connection is going away.</summary>
    internal async Task TrySendAsync(string json)
    {
        try
        {
            await SendAsync(json).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
        {
            // The connection ended under the send; the envelope is unacked, so it is delivered again.
        }
    }

    internal async Task GreetAsync(int connections)
    {
        var hello = new JsonObject
        {
            ["type"] = "hello",
            ["num_connections"] = connections,
            ["debug_info"] = new JsonObject { ["host"] = "fake-slack", ["approximate_connection_time"] = 18060 },
            ["connection_info"] = new JsonObject { ["app_id"] = "A111" },
        };
        var bytes = Encoding.UTF8.GetBytes(hello.ToJsonString());
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            _greeted = true;
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    internal void MarkEnded()
    {
        _isEnded = true;
        _ended.TrySetResult();
    }

    internal async Task RunAsync()
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, _context.RequestAborted).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    ClosedByClientWith = _socket.CloseStatus;
                    await AnswerCloseAsync().ConfigureAwait(false);
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    AcksReceived++;
                    _owner.Acked(JsonSerializer.Deserialize<JsonObject>(message.ToArray())!);
                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
        {
            // Dropped: by the test (Drop) or by the client going away.
        }
    }

    private async Task AnswerCloseAsync()
    {
        await _sending.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sending.Release();
        }
    }
}
