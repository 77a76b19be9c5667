using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Every drafted revision of each incident's postmortem: a new draft never replaces an earlier one, so a link
/// to revision 2 still reads revision 2 after revision 3 is drafted.
/// </summary>
public interface IPostmortemStore
{
    /// <summary>Keeps the draft as its incident's revision <see cref="PostmortemDraft.Revision"/> (replacing that revision only).</summary>
    Task SaveAsync(PostmortemDraft draft, CancellationToken cancellationToken = default);

    /// <summary>The newest revision; null when none was drafted.</summary>
    Task<PostmortemDraft?> GetAsync(int incidentNumber, CancellationToken cancellationToken = default);

    /// <summary>Revision <paramref name="revision"/>; null when there is no such revision.</summary>
    Task<PostmortemDraft?> GetRevisionAsync(int incidentNumber, int revision, CancellationToken cancellationToken = default);

    /// <summary>The numbers of the incident's drafted revisions, oldest first.</summary>
    Task<IReadOnlyList<int>> ListRevisionsAsync(int incidentNumber, CancellationToken cancellationToken = default);
}
