namespace IncidentBot.Core.Workflow;

/// <summary>What paging a level of the escalation policy did.</summary>
/// <param name="Level">The level paged: the one asked for, a later one when the schedules of those before had nobody on call, or one past the last when no level had anybody.</param>
/// <param name="Text">The timeline entry it recorded.</param>
/// <param name="NobodyOnCall">Whether a schedule it met had nobody on call: the incident's channel must be told, not only the card.</param>
public sealed record LevelPage(int Level, string Text, bool NobodyOnCall);
