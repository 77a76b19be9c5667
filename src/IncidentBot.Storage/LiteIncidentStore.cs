using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Incidents in LiteDB, one document per <see cref="IncidentState"/>, keyed by its number. The number is
/// LiteDB's auto-increment id, taken inside the insert's own transaction, so concurrent opens never share one.
/// </summary>
public sealed class LiteIncidentStore(IncidentDatabase database) : IIncidentStore
{
    /// <summary>Stores a new incident and sets <see cref="IncidentState.Number"/> to the next number.</summary>
    public Task AddAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        cancellationToken.ThrowIfCancellationRequested();
        database.Incidents.Insert(incident.State);
        return Task.CompletedTask;
    }

    public Task SaveAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        cancellationToken.ThrowIfCancellationRequested();
        if (!database.Incidents.Update(incident.State))
        {
            throw new InvalidOperationException($"{incident.Key} is not stored; add it before saving it.");
        }

        return Task.CompletedTask;
    }

    public Task<Incident?> GetAsync(int number, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Wrap(database.Incidents.FindById(number)));
    }

    public Task<Incident?> FindByChannelAsync(string channelId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Wrap(database.Incidents.FindOne(Query.EQ(nameof(IncidentState.ChannelId), channelId))));
    }

    /// <summary>The open incident (status not resolved) that has the alert group; the newest if several do.</summary>
    public Task<Incident?> FindOpenByGroupKeyAsync(string groupKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupKey);
        cancellationToken.ThrowIfCancellationRequested();
        var found = database.Incidents
            .Find(BsonExpression.Create($"$.{nameof(IncidentState.GroupKeys)}[*] ANY = @0", groupKey))
            .Where(s => s.Status != IncidentStatus.Resolved)
            .MaxBy(s => s.Number);
        return Task.FromResult(Wrap(found));
    }

    public Task<IReadOnlyList<Incident>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Newest(database.Incidents.FindAll()));
    }

    /// <summary>Incidents not yet resolved, newest first.</summary>
    public Task<IReadOnlyList<Incident>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var open = database.Incidents.Find(Query.In(nameof(IncidentState.Status), OpenStatuses()));
        return Task.FromResult(Newest(open));
    }

    // Listed rather than "!= Resolved" so the status index is sought, not scanned, as resolved incidents pile up.
    private static BsonValue[] OpenStatuses() => Enum.GetValues<IncidentStatus>()
        .Where(s => s != IncidentStatus.Resolved)
        .Select(s => new BsonValue(s.ToString()))
        .ToArray();

    private static Incident? Wrap(IncidentState? state) => state is null ? null : new Incident(state);

    private static IReadOnlyList<Incident> Newest(IEnumerable<IncidentState> states) =>
        states.OrderByDescending(s => s.Number).Select(s => new Incident(s)).ToList();
}
