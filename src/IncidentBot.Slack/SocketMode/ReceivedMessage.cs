namespace IncidentBot.Slack.SocketMode;

/// <summary>What <see cref="WebSocketMessageReader"/> read: a whole data message, the peer's close frame, or a message over the limit.</summary>
internal readonly record struct ReceivedMessage(ReceivedMessageKind Kind, ReadOnlyMemory<byte> Utf8)
{
    public static ReceivedMessage Close => new(ReceivedMessageKind.Close, default);

    public static ReceivedMessage TooLarge => new(ReceivedMessageKind.TooLarge, default);
}
