using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Every approval of each incident's postmortem (<see cref="PostmortemApproval"/>), kept beside the bot's drafts: an
/// approval is added, never changed, so who approved what and when stays readable after later approvals.
/// </summary>
public interface IPostmortemApprovalStore
{
    /// <summary>Keeps a new approval; false, keeping nothing, when the incident already has one with that number.</summary>
    Task<bool> AddAsync(PostmortemApproval approval, CancellationToken cancellationToken = default);

    /// <summary>Approval <paramref name="number"/>; null when there is none.</summary>
    Task<PostmortemApproval?> GetAsync(int incidentNumber, int number, CancellationToken cancellationToken = default);

    /// <summary>The incident's approvals, oldest first.</summary>
    Task<IReadOnlyList<PostmortemApproval>> ListAsync(int incidentNumber, CancellationToken cancellationToken = default);
}
