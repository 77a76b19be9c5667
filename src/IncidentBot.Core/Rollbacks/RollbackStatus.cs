namespace IncidentBot.Core.Rollbacks;

/// <summary>Where a rollback request stands.</summary>
public enum RollbackStatus
{
    /// <summary>Shown with Confirm/Cancel; nothing has been asked of the deploy system.</summary>
    Requested,
    Cancelled,
    /// <summary>Confirmed; the rollback job calls (or has called) the deploy system.</summary>
    Started,
    Succeeded,
    Failed,
}
