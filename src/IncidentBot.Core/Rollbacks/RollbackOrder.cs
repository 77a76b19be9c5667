namespace IncidentBot.Core.Rollbacks;

/// <summary>What the deploy system is asked to do.</summary>
public sealed record RollbackOrder(string RollbackId, string IdempotencyKey, int IncidentNumber, string Service, string? FromVersion, string ToVersion, string RequestedBy);
