namespace IncidentBot.Configuration;

/// <summary>The <c>OnCall</c> section: the escalation policy.</summary>
public sealed class OnCallOptions
{
    public const string SectionName = "OnCall";

    /// <summary>Page the next level when nobody acknowledged within this time.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Person ids per level; level 1 first.</summary>
    public List<List<string>> Levels { get; set; } = [];
}
