using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Incidents;

/// <summary>An alert attached to an incident, with the state it was last reported in.</summary>
public sealed class IncidentAlert
{
    public string Source { get; init; } = "";

    public string Fingerprint { get; init; } = "";

    public string GroupKey { get; init; } = "";

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string? Link { get; set; }

    public AlertStatus Status { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }
}
