namespace IncidentBot.Configuration;

/// <summary>The <c>OnCall</c> section: the escalation policy and the schedules its levels may name.</summary>
public sealed class OnCallOptions
{
    public const string SectionName = "OnCall";

    /// <summary>Page the next level when nobody acknowledged within this time.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Per level (level 1 first), person ids and <c>schedule:&lt;name&gt;</c>.</summary>
    public List<List<string>> Levels { get; set; } = [];

    /// <summary>On-call schedules by name.</summary>
    public Dictionary<string, ScheduleOptions> Schedules { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
