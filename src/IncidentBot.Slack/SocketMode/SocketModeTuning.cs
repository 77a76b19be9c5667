namespace IncidentBot.Slack.SocketMode;

/// <summary>The numbers behind <see cref="SocketModeClient"/>'s behaviour; tests shrink or pin them.</summary>
internal sealed record SocketModeTuning
{
    /// <summary>Handlers running at once, over all connections; more envelopes wait for a slot, the reading does not.</summary>
    public int MaxConcurrentHandlers { get; init; } = 16;

    /// <summary>How long a new connection may take to say <c>hello</c>.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a retiring connection waits for its running handlers to finish and ack.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for Slack's answer to our close frame before dropping the socket.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A connection that lived this long ended normally: reconnect at once and forget earlier failures.</summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a handled envelope is remembered, to answer Slack's redeliveries (events retry for about 5 minutes).</summary>
    public TimeSpan DedupeWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The most handled envelopes remembered; the oldest are forgotten first.</summary>
    public int DedupeCapacity { get; init; } = 10_000;

    /// <summary>A larger message is read to its end and dropped (left unacked) instead of filling memory.</summary>
    public int MaxMessageBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>WebSocket ping interval; no pong within the same time means a dead connection.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    public ReconnectBackoff Backoff { get; init; } = ReconnectBackoff.Default;
}
