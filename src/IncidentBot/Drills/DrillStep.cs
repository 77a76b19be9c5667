namespace IncidentBot.Drills;

/// <summary>
/// One step of a drill: when (UTC), who, in which incident, and exactly one action.
/// <see cref="Label"/> names it in errors: <c>step 7 (10:15, line 62)</c>.
/// </summary>
public sealed record DrillStep(int Index, int Line, string Label, DateTimeOffset At, string? By, int? In, DrillAction Action);
