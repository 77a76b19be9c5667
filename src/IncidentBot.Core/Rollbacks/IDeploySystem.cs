namespace IncidentBot.Core.Rollbacks;

/// <summary>
/// The system that deploys services. Rolling back must be idempotent on <see cref="RollbackOrder.IdempotencyKey"/>:
/// the bot may ask twice for the same rollback after a crash.
/// </summary>
public interface IDeploySystem
{
    /// <summary>The services this deploy system can roll back.</summary>
    IReadOnlyCollection<string> Services { get; }

    /// <summary>Asks for the rollback. The outcome is final, or <see cref="RollbackOutcome.Pending"/> when a callback will report it.</summary>
    Task<RollbackOutcome> RollBackAsync(RollbackOrder order, CancellationToken cancellationToken = default);
}
