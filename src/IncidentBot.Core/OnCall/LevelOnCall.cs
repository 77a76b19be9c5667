namespace IncidentBot.Core.OnCall;

/// <summary>Who one level of the escalation policy reaches at a moment.</summary>
/// <param name="Level">The 1-based level.</param>
/// <param name="PersonIds">The level's people and whoever its schedules have on call, each once, in the level's order.</param>
/// <param name="EmptySchedules">The level's schedules that have nobody on call at that moment.</param>
public sealed record LevelOnCall(int Level, IReadOnlyList<string> PersonIds, IReadOnlyList<string> EmptySchedules);
