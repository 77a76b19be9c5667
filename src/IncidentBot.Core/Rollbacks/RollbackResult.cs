namespace IncidentBot.Core.Rollbacks;

/// <summary>How a rollback ended, or that it has not yet.</summary>
public enum RollbackResult
{
    Pending,
    Succeeded,
    Failed,
}
