using IncidentBot.Core.Changes;
using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Changes in LiteDB, keyed by the sender's change id so a repeated delivery is refused by the primary key.
/// Services match case-insensitively through an index on the lowercased service name.
/// </summary>
public sealed class LiteChangeStore(IncidentDatabase database) : IChangeStore
{
    public async Task<bool> AddAsync(ChangeEvent change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(change.Id);
        cancellationToken.ThrowIfCancellationRequested();
        return await database.WriteAsync(() => database.Changes.FindById(change.Id) is null && !database.Changes.Insert(change).IsNull).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ChangeEvent>> ListAsync(string? service, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var when = $"$.{nameof(ChangeEvent.At)} BETWEEN @0 AND @1";
        var query = service is null
            ? BsonExpression.Create(when, Bson(from), Bson(to))
            : BsonExpression.Create($"{IncidentDatabase.ChangeServiceKey} = @2 AND {when}", Bson(from), Bson(to), Key(service));
        IReadOnlyList<ChangeEvent> changes = database.Changes.Find(query).OrderBy(c => c.At).ToList();
        return Task.FromResult(changes);
    }

    public Task<ChangeEvent?> LatestAsync(string service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        cancellationToken.ThrowIfCancellationRequested();
        var latest = database.Changes.Query()
            .Where($"{IncidentDatabase.ChangeServiceKey} = @0", Key(service))
            .OrderByDescending($"$.{nameof(ChangeEvent.At)}")
            .FirstOrDefault();
        return Task.FromResult<ChangeEvent?>(latest);
    }

    private static BsonValue Key(string service) => service.ToLowerInvariant();

    private BsonValue Bson(DateTimeOffset at) => database.Mapper.Serialize(at);
}
