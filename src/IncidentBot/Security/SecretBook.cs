using IncidentBot.Configuration;

namespace IncidentBot.Security;

/// <summary>
/// The secrets every inbound webhook is checked against, resolved once at start. A sender without a secret
/// has no door: requests from it are refused.
/// </summary>
public sealed class SecretBook(IReadOnlyDictionary<string, SourceSecretOptions> alertSources, SourceSecretOptions changes, string apiToken)
{
    public SourceSecretOptions Changes { get; } = changes;

    public string ApiToken { get; } = apiToken;

    public SourceSecretOptions? ForAlertSource(string source) => alertSources.GetValueOrDefault(source);
}
