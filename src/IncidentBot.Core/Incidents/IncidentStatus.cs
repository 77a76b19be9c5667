namespace IncidentBot.Core.Incidents;

/// <summary>
/// Where an incident stands. States only move forward (a later one may be reached directly);
/// only <see cref="Incident.Reopen"/> goes back.
/// </summary>
public enum IncidentStatus
{
    Triggered = 0,
    Acknowledged = 1,
    Mitigated = 2,
    Resolved = 3,
}
