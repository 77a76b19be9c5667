namespace IncidentBot.Core.Workflow;

/// <summary>What one alert delivery did: incidents opened and updated, alerts that changed nothing or matched nothing.</summary>
public sealed class AlertIntakeResult
{
    public List<int> Opened { get; } = [];

    public List<int> Updated { get; } = [];

    /// <summary>Alerts already known in that state: repeated deliveries.</summary>
    public int Unchanged { get; set; }

    /// <summary>Resolved alerts of no open incident.</summary>
    public int Ignored { get; set; }
}
