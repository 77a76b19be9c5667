namespace IncidentBot.Alerts;

/// <summary>
/// The <c>Alerts:pagerduty</c> section: the signing secret PagerDuty shows once when the webhook subscription is
/// created (Integrations → Generic Webhooks (v3)). Without <see cref="Secret"/> the source is off (404).
/// </summary>
public sealed class PagerDutyOptions
{
    public const string SectionName = "Alerts:pagerduty";

    public string? Secret { get; set; }
}
