namespace IncidentBot.Core.Chat;

/// <summary>
/// The standing channels of the active platform, each optional: where incidents are announced and stakeholder
/// updates go, and where drafted postmortems are posted. Each platform module says which they are.
/// </summary>
public sealed record ChatChannels(string? Incidents, string? Reports);
