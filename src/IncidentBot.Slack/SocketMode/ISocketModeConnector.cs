namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Gets a fresh Socket Mode WebSocket address with the app-level token: Slack's <c>apps.connections.open</c>
/// (https://docs.slack.dev/reference/methods/apps.connections.open). Each address serves one connection, so
/// <see cref="SocketModeClient"/> asks again for every connection it opens.
/// </summary>
/// <remarks>
/// Failures follow a contract, because the client decides from them whether to retry:
/// throw <see cref="HttpRequestException"/> when Slack cannot be reached, and <see cref="SocketModeConnectException"/>
/// with Slack's error code when it answers <c>ok:false</c> (wrap the Web API client's error). Both are retried with
/// backoff, except error codes that cannot heal on their own (<c>invalid_auth</c>, <c>missing_args</c>, …), which stop
/// Socket Mode with an error in the log. Any other exception is a bug and is left to fail the hosted service.
/// </remarks>
public interface ISocketModeConnector
{
    /// <summary>A <c>wss://</c> address to connect to now.</summary>
    Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken = default);
}
