namespace IncidentBot.Core.Alerts;

/// <summary>
/// One alert as every source reports it once parsed: what fired, where, since when, and how it groups.
/// </summary>
/// <param name="Source">The parser that produced it (<c>alertmanager</c>, <c>grafana</c>, <c>generic</c>).</param>
/// <param name="Fingerprint">Identifies the alert within its source across deliveries (firing and resolved share it).</param>
/// <param name="GroupKey">Alerts with the same key belong to the same incident while it is open.</param>
/// <param name="Status">Firing or resolved.</param>
/// <param name="Title">One line a responder reads first.</param>
/// <param name="Description">Longer text, if the source gave any.</param>
/// <param name="Service">The affected service, if the source names one.</param>
/// <param name="Severity">The severity the source asks for, if it names one.</param>
/// <param name="StartsAt">When the alert condition began (UTC).</param>
/// <param name="EndsAt">When it ended (UTC), for resolved alerts.</param>
/// <param name="Link">Where to look at the alert in the source, if any.</param>
/// <param name="Labels">The source's labels or tags, as given.</param>
/// <remarks>
/// <see cref="AcknowledgedBy"/> is set by a source that pages people itself (PagerDuty): someone acknowledged the
/// alert there, so the incident is acknowledged here too and its escalation stops.
/// </remarks>
public sealed record NormalizedAlert(
    string Source,
    string Fingerprint,
    string GroupKey,
    AlertStatus Status,
    string Title,
    string? Description,
    string? Service,
    Incidents.Severity? Severity,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? Link,
    IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>Who acknowledged the alert in its source, as the source names them; <c>null</c> when nobody did.</summary>
    public string? AcknowledgedBy { get; init; }
}
