using IncidentBot.Core.OnCall.Calendar;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Calendar link generations in LiteDB (<c>calendar_links</c>): one small document per subject ever revoked, keyed
/// <c>person:ada</c> / <c>schedule:primary</c>, holding its generation. No token is stored: links are signed.
/// </summary>
public sealed class LiteCalendarLinkStore(IncidentDatabase database) : ICalendarLinkStore
{
    private const string CollectionName = "calendar_links";

    private readonly ILiteCollection<BsonDocument> _links = database.Collection(CollectionName, BsonAutoId.ObjectId);

    public Task<int> GenerationAsync(CalendarSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(subject));
    }

    public async Task<int> RevokeAsync(CalendarSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        cancellationToken.ThrowIfCancellationRequested();
        // Read and raised on the commit thread, in the write's transaction: two revokes at once each raise it.
        return await database.WriteAsync(() =>
        {
            var next = Read(subject) + 1;
            _links.Upsert(new BsonDocument { ["_id"] = subject.Key, ["generation"] = next });
            return next;
        }).ConfigureAwait(false);
    }

    private int Read(CalendarSubject subject) => _links.FindById(subject.Key) is { } document ? document["generation"].AsInt32 : 0;
}
