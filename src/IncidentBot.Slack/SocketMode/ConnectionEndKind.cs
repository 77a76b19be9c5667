namespace IncidentBot.Slack.SocketMode;

internal enum ConnectionEndKind
{
    /// <summary>The socket broke without a close handshake (network, Slack restarting, keep-alive timeout).</summary>
    Dropped,

    /// <summary>Slack closed the socket without saying why first.</summary>
    ClosedByServer,

    /// <summary>Slack sent a <c>disconnect</c> message that ends this connection (not <c>warning</c>/<c>refresh_requested</c>).</summary>
    Disconnected,

    /// <summary>We closed it: a newer connection took over, or the bot is stopping.</summary>
    ClosedByClient,
}
