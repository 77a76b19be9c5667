using IncidentBot.Core.Incidents;

namespace IncidentBot.Api;

/// <summary>One timeline row as the API shows it.</summary>
public sealed record TimelineEntryJson(DateTimeOffset At, TimelineKind Kind, string Text, string? By, string? Link);
