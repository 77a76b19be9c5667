namespace IncidentBot.Core.Rollbacks;

/// <summary>
/// The system that deploys services. Rolling back must be idempotent on <see cref="RollbackOrder.IdempotencyKey"/>:
/// the bot may ask twice for the same rollback after a crash.
/// </summary>
public interface IDeploySystem
{
    /// <summary>The services this deploy system can roll back, as listed to people.</summary>
    IReadOnlyCollection<string> Services { get; }

    /// <summary>
    /// The name this deploy system knows <paramref name="service"/> by (matched case-insensitively), or null when it does
    /// not roll that service back. One of <see cref="Services"/>, unless the system takes any service (a simulation).
    /// </summary>
    string? Find(string service) => Services.FirstOrDefault(s => string.Equals(s, service, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What people must be told with every message and timeline entry about rolling back <paramref name="service"/>
    /// when nothing real is rolled back (<c>simulated deploy system: nothing is deployed</c>); null for a real one.
    /// </summary>
    string? SimulationNotice(string service) => null;

    /// <summary>Asks for the rollback. The outcome is final, or <see cref="RollbackOutcome.Pending"/> when a callback will report it.</summary>
    Task<RollbackOutcome> RollBackAsync(RollbackOrder order, CancellationToken cancellationToken = default);
}
