using System.Globalization;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Postmortem approvals in LiteDB, one document per approval in <c>postmortem_approvals</c> (id
/// <c>"{incident}:{approval}"</c>, indexed by incident). Inserted, never updated: an id taken already is refused.
/// </summary>
public sealed class LitePostmortemApprovalStore(IncidentDatabase database) : IPostmortemApprovalStore
{
    private const string CollectionName = "postmortem_approvals";

    private const string IncidentField = "incident";

    private readonly ILiteCollection<BsonDocument> _approvals = Indexed(database, database.Collection(CollectionName, BsonAutoId.ObjectId));

    public async Task<bool> AddAsync(PostmortemApproval approval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approval);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument
        {
            ["_id"] = IdOf(approval.IncidentNumber, approval.Number),
            [IncidentField] = approval.IncidentNumber,
            ["number"] = approval.Number,
            ["from"] = approval.FromRevision,
            ["markdown"] = approval.Markdown,
            ["by"] = approval.ApprovedBy,
            ["person"] = approval.ApproverId is { } person ? new BsonValue(person) : BsonValue.Null,
            ["at"] = approval.ApprovedAt.UtcDateTime,
        };
        return await database.WriteAsync(() => _approvals.FindById(document["_id"]) is null && _approvals.Insert(document) is not null).ConfigureAwait(false);
    }

    public Task<PostmortemApproval?> GetAsync(int incidentNumber, int number, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_approvals.FindById(IdOf(incidentNumber, number)) is { } stored ? Read(stored) : null);
    }

    public Task<IReadOnlyList<PostmortemApproval>> ListAsync(int incidentNumber, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<PostmortemApproval> all = [.. _approvals.Find(Query.EQ(IncidentField, incidentNumber)).Select(Read).OrderBy(a => a.Number)];
        return Task.FromResult(all);
    }

    private static ILiteCollection<BsonDocument> Indexed(IncidentDatabase database, ILiteCollection<BsonDocument> approvals)
    {
        database.Write(() => approvals.EnsureIndex(IncidentField));
        return approvals;
    }

    private static string IdOf(int incidentNumber, int number) => string.Create(CultureInfo.InvariantCulture, $"{incidentNumber}:{number}");

    private static PostmortemApproval Read(BsonDocument d) => new()
    {
        IncidentNumber = d[IncidentField].AsInt32,
        Number = d["number"].AsInt32,
        FromRevision = d["from"].AsInt32,
        Markdown = d["markdown"].AsString,
        ApprovedBy = d["by"].AsString,
        ApproverId = d["person"].IsNull ? null : d["person"].AsString,
        ApprovedAt = new DateTimeOffset(DateTime.SpecifyKind(d["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
    };
}
