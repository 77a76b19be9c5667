using IncidentBot.Core.Changes;

namespace IncidentBot.Core.Storage;

/// <summary>Deploys and other changes, per service.</summary>
public interface IChangeStore
{
    /// <summary>Stores a change; false when one with the same id is already stored (a repeated delivery).</summary>
    Task<bool> AddAsync(ChangeEvent change, CancellationToken cancellationToken = default);

    /// <summary>Changes in [<paramref name="from"/>, <paramref name="to"/>], oldest first; all services when <paramref name="service"/> is null.</summary>
    Task<IReadOnlyList<ChangeEvent>> ListAsync(string? service, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>The newest change of a service.</summary>
    Task<ChangeEvent?> LatestAsync(string service, CancellationToken cancellationToken = default);
}
