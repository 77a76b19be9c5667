using IncidentBot.Core.OnCall;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Drills;

/// <summary>A parsed, validated drill file (drills/FORMAT.md).</summary>
public sealed record Drill(
    string Name,
    DisplayZone Zone,
    DateOnly Date,
    string Platform,
    IReadOnlyList<Person> People,
    EscalationPolicy OnCall,
    IReadOnlyList<string> Managers,
    IReadOnlyList<DrillService> Services,
    IReadOnlyList<DrillStep> Steps)
{
    /// <summary>The on-call schedules the drill's escalation levels may name (<c>schedule:&lt;name&gt;</c>).</summary>
    public IReadOnlyList<OnCallSchedule> Schedules { get; init; } = [];
}
