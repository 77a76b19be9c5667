using System.Buffers;
using System.Net.WebSockets;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Reads whole WebSocket messages, however many frames each arrives in (Slack splits large payloads, such as a modal's
/// <c>block_actions</c>, over several). A message longer than the limit is read to its end and reported too large
/// instead of being kept.
/// </summary>
internal sealed class WebSocketMessageReader(WebSocket socket, int maxMessageBytes)
{
    private const int FrameBufferBytes = 16 * 1024;
    private readonly byte[] _frame = new byte[FrameBufferBytes];
    private readonly ArrayBufferWriter<byte> _message = new(FrameBufferBytes);

    /// <summary>The next message; its bytes stay valid until the next call.</summary>
    public async Task<ReceivedMessage> ReadAsync(CancellationToken cancellationToken)
    {
        _message.ResetWrittenCount();
        var tooLarge = false;
        while (true)
        {
            var received = await socket.ReceiveAsync(_frame.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return ReceivedMessage.Close;
            }

            tooLarge |= _message.WrittenCount + received.Count > maxMessageBytes;
            if (!tooLarge)
            {
                _message.Write(_frame.AsSpan(0, received.Count));
            }

            if (received.EndOfMessage)
            {
                return tooLarge ? ReceivedMessage.TooLarge : new ReceivedMessage(ReceivedMessageKind.Data, _message.WrittenMemory);
            }
        }
    }
}
