using IncidentBot.Configuration;

namespace IncidentBot.Security;

/// <summary>
/// The secrets every inbound webhook is checked against, and the key report links are signed with
/// (<see cref="ReportLinkSigner"/>), resolved once at start. A sender without a secret has no door: requests from it are refused.
/// </summary>
public sealed class SecretBook(IReadOnlyDictionary<string, SourceSecretOptions> alertSources, SourceSecretOptions changes, string apiToken, string reportLinkKey)
{
    public SourceSecretOptions Changes { get; } = changes;

    public string ApiToken { get; } = apiToken;

    /// <summary>The HMAC key of report links (<c>IncidentBot:ReportLinkKey</c>); changing it breaks every link already posted.</summary>
    public string ReportLinkKey { get; } = reportLinkKey;

    public SourceSecretOptions? ForAlertSource(string source) => alertSources.GetValueOrDefault(source);
}
