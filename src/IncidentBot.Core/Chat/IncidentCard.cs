namespace IncidentBot.Core.Chat;

/// <summary>The facts on an incident's card, for platforms that render cards (Block Kit, Adaptive Cards).</summary>
public sealed record IncidentCard(
    string Key,
    string Title,
    string Severity,
    string Status,
    string? Service,
    string? Lead,
    string? AcknowledgedBy,
    IReadOnlyList<string> SuspectChanges);
