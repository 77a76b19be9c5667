using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Postmortem drafts in LiteDB. Every revision is a document of <c>postmortem_revisions</c> (id <c>"{incident}:{revision}"</c>);
/// the newest of each incident is also in <c>postmortems</c>, keyed by incident number, which is all data files from
/// before revisions were kept hold: their one draft is read there as the revision it was drafted as, so they open
/// and read as they are, and it is copied to the revisions when the next draft replaces it.
/// </summary>
public sealed class LitePostmortemStore(IncidentDatabase database) : IPostmortemStore
{
    public async Task SaveAsync(PostmortemDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        cancellationToken.ThrowIfCancellationRequested();
        var revision = RevisionDocument(draft);
        await database.WriteAsync(() =>
        {
            var newest = database.Postmortems.FindById(draft.IncidentNumber);
            if (newest is not null && newest.Revision != draft.Revision && database.PostmortemRevisions.FindById(IdOf(newest)) is null)
            {
                database.PostmortemRevisions.Insert(RevisionDocument(newest)); // a file's draft from before revisions: kept as its revision
            }

            if (newest is null || newest.Revision <= draft.Revision)
            {
                database.Postmortems.Upsert(draft);
            }

            return database.PostmortemRevisions.Upsert(revision);
        }).ConfigureAwait(false);
    }

    public Task<PostmortemDraft?> GetAsync(int incidentNumber, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<PostmortemDraft?>(database.Postmortems.FindById(incidentNumber));
    }

    public Task<PostmortemDraft?> GetRevisionAsync(int incidentNumber, int revision, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var draft = database.PostmortemRevisions.FindById(IdOf(incidentNumber, revision)) is { } stored
            ? DraftOf(stored)
            : database.Postmortems.FindById(incidentNumber) is { } newest && newest.Revision == revision ? newest : null;
        return Task.FromResult(draft);
    }

    public Task<IReadOnlyList<int>> ListRevisionsAsync(int incidentNumber, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var revisions = database.PostmortemRevisions.Find(Query.EQ(IncidentDatabase.PostmortemIncidentField, incidentNumber))
            .Select(d => d[nameof(PostmortemDraft.Revision)].AsInt32).ToHashSet();
        if (database.Postmortems.FindById(incidentNumber) is { } newest)
        {
            revisions.Add(newest.Revision);
        }

        return Task.FromResult<IReadOnlyList<int>>([.. revisions.Order()]);
    }

    private static string IdOf(int incidentNumber, int revision) => FormattableString.Invariant($"{incidentNumber}:{revision}");

    private static string IdOf(PostmortemDraft draft) => IdOf(draft.IncidentNumber, draft.Revision);

    /// <summary>The draft as a revision document: the incident's number moves from <c>_id</c> (the typed mapping's) to its own field.</summary>
    private BsonDocument RevisionDocument(PostmortemDraft draft)
    {
        var document = database.Mapper.ToDocument(draft);
        document[IncidentDatabase.PostmortemIncidentField] = draft.IncidentNumber;
        document["_id"] = IdOf(draft);
        return document;
    }

    /// <summary>A revision document (read for this call alone) as the draft: its incident's number back in <c>_id</c>.</summary>
    private PostmortemDraft DraftOf(BsonDocument stored)
    {
        stored["_id"] = stored[IncidentDatabase.PostmortemIncidentField];
        stored.Remove(IncidentDatabase.PostmortemIncidentField);
        return database.Mapper.ToObject<PostmortemDraft>(stored);
    }
}
