using IncidentBot.Core.Rollbacks;

namespace IncidentBot.Core.Storage;

/// <summary>Rollback requests and their outcomes.</summary>
public interface IRollbackStore
{
    /// <summary>Stores a new rollback and gives it its id.</summary>
    Task AddAsync(Rollback rollback, CancellationToken cancellationToken = default);

    Task SaveAsync(Rollback rollback, CancellationToken cancellationToken = default);

    Task<Rollback?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Rollback>> ListByIncidentAsync(int incidentNumber, CancellationToken cancellationToken = default);

    /// <summary>Rollbacks requested or started and not finished, oldest first.</summary>
    Task<IReadOnlyList<Rollback>> ListActiveAsync(CancellationToken cancellationToken = default);
}
