using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;

namespace IncidentBot.Storage;

/// <summary>Postmortem drafts in LiteDB, keyed by incident number: a new draft replaces the previous one.</summary>
public sealed class LitePostmortemStore(IncidentDatabase database) : IPostmortemStore
{
    public async Task SaveAsync(PostmortemDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        cancellationToken.ThrowIfCancellationRequested();
        await database.WriteAsync(() => database.Postmortems.Upsert(draft)).ConfigureAwait(false);
    }

    public Task<PostmortemDraft?> GetAsync(int incidentNumber, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<PostmortemDraft?>(database.Postmortems.FindById(incidentNumber));
    }
}
