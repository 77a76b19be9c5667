using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Maps the severity words monitoring tools put in a label or field to a <see cref="Severity"/>. There is no
/// standard vocabulary, so the common ones are accepted; an unknown word yields <c>null</c> rather than a guess,
/// and the incident then takes its default severity.
/// </summary>
internal static class AlertSeverities
{
    /// <summary>The severity a word names (case-insensitive, surrounding spaces ignored), or <c>null</c>.</summary>
    public static Severity? FromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "critical" or "page" or "p1" or "sev1" => Severity.Sev1,
        "error" or "high" or "major" or "p2" or "sev2" => Severity.Sev2,
        "warning" or "medium" or "minor" or "p3" or "sev3" => Severity.Sev3,
        "info" or "low" or "p4" or "sev4" => Severity.Sev4,
        _ => null,
    };
}
