namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// A Socket Mode connection could not be opened: Slack refused <c>apps.connections.open</c>
/// (https://docs.slack.dev/reference/methods/apps.connections.open), or the WebSocket ended before Slack's
/// <c>hello</c>. <see cref="Error"/> is Slack's error code (or the <c>disconnect</c> reason) and decides whether
/// <see cref="SocketModeClient"/> tries again.
/// </summary>
public sealed class SocketModeConnectException : Exception
{
    public SocketModeConnectException()
        : this("unknown_error")
    {
    }

    public SocketModeConnectException(string error)
        : this(error, $"Slack refused the Socket Mode connection: {error}.")
    {
    }

    public SocketModeConnectException(string error, string message)
        : this(error, message, null)
    {
    }

    public SocketModeConnectException(string error, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        Error = error;
    }

    /// <summary>Slack's error code, e.g. <c>invalid_auth</c>, <c>ratelimited</c>, or a <c>disconnect</c> reason.</summary>
    public string Error { get; }
}
