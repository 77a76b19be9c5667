using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Workflow;

/// <summary>What became of an <see cref="ApprovalRequest"/>.</summary>
/// <param name="Approval">The approval kept; null when refused.</param>
/// <param name="Problem">Why it was refused, in words for the manager; null when approved.</param>
/// <param name="Stale">Refused because a newer draft or another approval came in since the form was shown.</param>
/// <param name="NewestRevision">The incident's newest draft revision now (0 when none).</param>
/// <param name="Approvals">How many approvals the incident has now.</param>
public sealed record ApprovalOutcome(PostmortemApproval? Approval, string? Problem, bool Stale, int NewestRevision, int Approvals)
{
    public bool Approved => Approval is not null;

    public static ApprovalOutcome Refused(string problem, int newestRevision, int approvals, bool stale = false) =>
        new(null, problem, stale, newestRevision, approvals);
}
