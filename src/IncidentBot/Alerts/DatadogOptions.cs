namespace IncidentBot.Alerts;

/// <summary>
/// The <c>Alerts:datadog</c> section. Datadog signs no webhook, so the bot checks a secret that the webhook's
/// "Custom Headers" send: <c>{"Authorization": "Bearer &lt;Token&gt;"}</c>, or the token alone in a header of your
/// choice named by <see cref="Header"/>. Without <see cref="Token"/> the source is off (404).
/// </summary>
public sealed class DatadogOptions
{
    public const string SectionName = "Alerts:datadog";

    public string? Token { get; set; }

    /// <summary>The header carrying the token: <c>Authorization</c> (default) as <c>Bearer &lt;token&gt;</c>, any other as the bare token.</summary>
    public string Header { get; set; } = "Authorization";
}
