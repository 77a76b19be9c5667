namespace IncidentBot.Alerts;

/// <summary>
/// The <c>Alerts:azure</c> section. An action group's webhook can set no header, so the token travels in the
/// URL pasted into the action group: <c>https://bot.example.com/alerts/azure?token=&lt;Token&gt;</c>. Without
/// <see cref="Token"/> the source is off (404).
/// </summary>
public sealed class AzureMonitorOptions
{
    public const string SectionName = "Alerts:azure";

    /// <summary>Letters, digits and <c>- . _ ~</c> only, so it is pasted into a URL unchanged.</summary>
    public string? Token { get; set; }
}
