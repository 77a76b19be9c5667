namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// The <c>reason</c> of Slack's <c>{"type":"disconnect"}</c> message
/// (https://docs.slack.dev/apis/events-api/using-socket-mode/#disconnect).
/// </summary>
internal static class DisconnectReasons
{
    /// <summary>This connection will be closed in a few seconds: open the next one now.</summary>
    public const string Warning = "warning";

    /// <summary>Slack refreshes connections regularly: open the next one now, then let this one go.</summary>
    public const string RefreshRequested = "refresh_requested";

    /// <summary>Socket Mode was turned off in the app's settings: do not reconnect.</summary>
    public const string LinkDisabled = "link_disabled";

    /// <summary>True when Slack keeps this connection open a little longer, so the next can be opened before it closes.</summary>
    public static bool AnnouncesRefresh(string? reason) => reason is Warning or RefreshRequested;
}
