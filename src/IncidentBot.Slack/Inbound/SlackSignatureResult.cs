namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Whether a request came from Slack, and if not, why not. <see cref="Reason"/> is safe to log and to send
/// back: it never contains the signing secret or the expected signature.
/// </summary>
public sealed record SlackSignatureResult(bool IsValid, string? Reason)
{
    public static SlackSignatureResult Valid { get; } = new(true, null);

    public static SlackSignatureResult Invalid(string reason) => new(false, reason);
}
