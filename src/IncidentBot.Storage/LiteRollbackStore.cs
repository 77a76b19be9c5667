using System.Globalization;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Rollbacks in LiteDB. Ids are <c>rb-1</c>, <c>rb-2</c> …: short enough to read in chat and to send as the
/// deploy system's idempotency key. The counter and the rollback are written in one transaction, so two
/// requests never get the same id and a crash never skips one.
/// </summary>
public sealed class LiteRollbackStore(IncidentDatabase database) : IRollbackStore
{
    public const string IdPrefix = "rb-";

    private const string IdCounter = "rollback";

    /// <summary>Stores a new rollback and sets its <see cref="Rollback.Id"/>.</summary>
    public async Task AddAsync(Rollback rollback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rollback);
        cancellationToken.ThrowIfCancellationRequested();
        await database.WriteAsync(() =>
        {
            rollback.Id = IdPrefix + database.NextValue(IdCounter).ToString(CultureInfo.InvariantCulture);
            return database.Rollbacks.Insert(rollback);
        }).ConfigureAwait(false);
    }

    public async Task SaveAsync(Rollback rollback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rollback);
        cancellationToken.ThrowIfCancellationRequested();
        if (!await database.WriteAsync(() => database.Rollbacks.Update(rollback)).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Rollback '{rollback.Id}' is not stored; add it before saving it.");
        }
    }

    public Task<Rollback?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<Rollback?>(database.Rollbacks.FindById(id));
    }

    /// <summary>An incident's rollbacks, oldest first.</summary>
    public Task<IReadOnlyList<Rollback>> ListByIncidentAsync(int incidentNumber, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Oldest(database.Rollbacks.Find(Query.EQ(nameof(Rollback.IncidentNumber), incidentNumber))));
    }

    public Task<IReadOnlyList<Rollback>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var active = database.Rollbacks.Find(
            Query.In(nameof(Rollback.Status), nameof(RollbackStatus.Requested), nameof(RollbackStatus.Started)));
        return Task.FromResult(Oldest(active));
    }

    // Ties on the request time go by id in the order ids were given: rb-9 before rb-10.
    private static IReadOnlyList<Rollback> Oldest(IEnumerable<Rollback> rollbacks) =>
        rollbacks.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id.Length).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
}
