using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Storage;

/// <summary>The newest drafted postmortem of each incident.</summary>
public interface IPostmortemStore
{
    Task SaveAsync(PostmortemDraft draft, CancellationToken cancellationToken = default);

    Task<PostmortemDraft?> GetAsync(int incidentNumber, CancellationToken cancellationToken = default);
}
