namespace IncidentBot.Slack.SocketMode;

/// <summary>How a Socket Mode connection ended, which decides what <see cref="SocketModeClient"/> does next.</summary>
internal sealed record ConnectionEnd(ConnectionEndKind Kind, string? Reason = null)
{
    /// <summary>Socket Mode was turned off for the app: reconnecting cannot help.</summary>
    public bool IsLinkDisabled => Kind == ConnectionEndKind.Disconnected && Reason == DisconnectReasons.LinkDisabled;

    public override string ToString() => Reason is null ? Kind.ToString() : $"{Kind} ({Reason})";
}
