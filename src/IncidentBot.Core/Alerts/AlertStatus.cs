namespace IncidentBot.Core.Alerts;

/// <summary>Whether an alert is still firing or has resolved.</summary>
public enum AlertStatus
{
    Firing,
    Resolved,
}
