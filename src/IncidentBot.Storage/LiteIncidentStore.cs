using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Incidents in LiteDB, one document per <see cref="IncidentState"/>, keyed by its number, and their timeline
/// entries one document each. The number is LiteDB's auto-increment id, taken inside the insert's own
/// transaction, so concurrent opens never share one. A save writes the incident and the entries that changed
/// in one transaction, so its cost does not grow with the timeline; entries are read when first used. A save
/// that changed nothing on the incident document leaves it as stored, so a command that only appends (and runs
/// without the incident's lock) never writes back an older copy of it.
/// </summary>
public sealed class LiteIncidentStore(IncidentDatabase database) : IIncidentStore
{
    /// <summary>Stores a new incident and sets <see cref="IncidentState.Number"/> to the next number.</summary>
    public async Task AddAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        cancellationToken.ThrowIfCancellationRequested();
        var document = await database.WriteAsync(() =>
        {
            database.Incidents.Insert(incident.State);
            WriteTimeline(incident);
            return Committing(database.Mapper.ToDocument(incident.State));
        }).ConfigureAwait(false);
        Accept(incident, document);
    }

    public async Task SaveAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        cancellationToken.ThrowIfCancellationRequested();
        var document = database.Mapper.ToDocument(incident.State);
        var unchanged = database.StoredIncidents.TryGetValue(incident.State, out var stored) && stored == document;
        await database.WriteAsync(() =>
        {
            if (!unchanged && !database.IncidentDocuments.Update(Committing(document)))
            {
                throw new InvalidOperationException($"{incident.Key} is not stored; add it before saving it.");
            }

            return WriteTimeline(incident);
        }).ConfigureAwait(false);
        Accept(incident, document);
    }

    /// <summary>Writes only the timeline, so the incident is neither mapped nor compared: the cheapest way to add a note.</summary>
    public async Task AppendAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        cancellationToken.ThrowIfCancellationRequested();
        await database.WriteAsync(() => WriteTimeline(incident)).ConfigureAwait(false);
        incident.TimelineChanges.AcceptChanges();
    }

    public Task<Incident?> GetAsync(int number, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Wrap(database.CachedIncidents.Find(number) ?? Read(database.IncidentDocuments.FindById(number))));
    }

    public Task<Incident?> FindByChannelAsync(string channelId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        cancellationToken.ThrowIfCancellationRequested();
        var document = database.CachedIncidents.NumberOfChannel(channelId) is { } number
            ? database.CachedIncidents.Find(number)
            : Read(database.IncidentDocuments.FindOne(Query.EQ(nameof(IncidentState.ChannelId), channelId)));
        return Task.FromResult(Wrap(document));
    }

    /// <summary>The open incident (status not resolved) that has the alert group; the newest if several do.</summary>
    public Task<Incident?> FindOpenByGroupKeyAsync(string groupKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupKey);
        cancellationToken.ThrowIfCancellationRequested();
        var found = WithGroupKey(groupKey).Where(s => s.Status != IncidentStatus.Resolved).MaxBy(s => s.Number);
        return Task.FromResult(Wrap(found));
    }

    public Task<Incident?> FindLatestByGroupKeyAsync(string groupKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupKey);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Wrap(WithGroupKey(groupKey).MaxBy(s => s.Number)));
    }

    private IEnumerable<IncidentState> WithGroupKey(string groupKey) =>
        database.Incidents.Find(BsonExpression.Create($"$.{nameof(IncidentState.GroupKeys)}[*] ANY = @0", groupKey));

    public Task<IReadOnlyList<Incident>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Newest(database.Incidents.FindAll()));
    }

    public Task<IReadOnlyList<Incident>> ListPageAsync(int? belowNumber, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        cancellationToken.ThrowIfCancellationRequested();
        var query = database.Incidents.Query();
        if (belowNumber is { } below)
        {
            query = query.Where(BsonExpression.Create("_id < @0", below));
        }

        // Walks the id index from the top, so a page costs its own size however many incidents there are.
        return Task.FromResult(Newest(query.OrderByDescending(BsonExpression.Create("_id")).Limit(limit).ToEnumerable()));
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

    private Incident? Wrap(IncidentState? state) => state is null ? null : Wrap(state, database.Mapper.ToDocument(state));

    private Incident? Wrap(BsonDocument? document) =>
        document is null ? null : Wrap(database.Mapper.ToObject<IncidentState>(document), document);

    private Incident Wrap(IncidentState state, BsonDocument stored)
    {
        database.StoredIncidents.AddOrUpdate(state, stored);
        return new Incident(state, IncidentTimeline.Stored(() => ReadTimeline(state.Number)));
    }

    private BsonDocument? Read(BsonDocument? document)
    {
        if (document is not null)
        {
            database.CachedIncidents.Read(document);
        }

        return document;
    }

    /// <summary>Inside a write: once it commits, <paramref name="document"/> is the cached one.</summary>
    private BsonDocument Committing(BsonDocument document)
    {
        database.AfterCommit(() => database.CachedIncidents.Committed(document));
        return document;
    }

    /// <summary>Remembers what is stored now: a save that changes nothing on the incident itself writes only its timeline.</summary>
    private void Accept(Incident incident, BsonDocument stored)
    {
        database.StoredIncidents.AddOrUpdate(incident.State, stored);
        incident.TimelineChanges.AcceptChanges();
    }

    private IReadOnlyList<Incident> Newest(IEnumerable<IncidentState> states) =>
        states.OrderByDescending(s => s.Number).Select(s => Wrap(s)!).ToList();

    private IEnumerable<TimelineEntry> ReadTimeline(int number) => database.TimelineEntries
        .Find(Query.EQ(IncidentDatabase.TimelineIncidentField, number))
        .Select(database.Mapper.ToObject<TimelineEntry>)
        .OrderBy(e => e.At)
        .ThenBy(e => e.Id);

    private int WriteTimeline(Incident incident)
    {
        var changes = incident.TimelineChanges;
        foreach (var entry in changes.Added)
        {
            var document = Document(incident.Number, entry);
            document.Remove("_id");
            entry.Id = database.TimelineEntries.Insert(document).AsInt64;
        }

        foreach (var entry in changes.Edited)
        {
            database.TimelineEntries.Update(Document(incident.Number, entry));
        }

        foreach (var entry in changes.Removed)
        {
            database.TimelineEntries.Delete(entry.Id);
        }

        return changes.Added.Count + changes.Edited.Count + changes.Removed.Count;
    }

    private BsonDocument Document(int number, TimelineEntry entry)
    {
        var document = database.Mapper.ToDocument(entry);
        document[IncidentDatabase.TimelineIncidentField] = number;
        return document;
    }
}
