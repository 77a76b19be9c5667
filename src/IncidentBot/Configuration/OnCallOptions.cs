namespace IncidentBot.Configuration;

/// <summary>The <c>OnCall</c> section: the escalation policy and the schedules its levels may name.</summary>
public sealed class OnCallOptions
{
    public const string SectionName = "OnCall";

    /// <summary>Page the next level when nobody acknowledged within this time.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Per level (level 1 first), person ids and <c>schedule:&lt;name&gt;</c>.</summary>
    public List<List<string>> Levels { get; set; } = [];

    /// <summary>How long before a hand-off the person coming on call is told; zero: at the hand-off. Shorter than the shortest shift.</summary>
    public TimeSpan HandOffNotice { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>On-call schedules by name.</summary>
    public Dictionary<string, ScheduleOptions> Schedules { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
