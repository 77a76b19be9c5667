namespace IncidentBot.Core.Workflow;

/// <summary>
/// A manager's "approve" as sent from the report's edit form. <see cref="FromRevision"/> and <see cref="ApprovalsSeen"/>
/// are what the form showed (the newest draft and how many approvals there were): if either moved on since, the approval
/// would sign off a report the manager has not read, so it is refused as stale (<see cref="PostmortemApprovals"/>).
/// </summary>
/// <param name="IncidentNumber">The incident whose report is approved.</param>
/// <param name="FromRevision">The draft revision the form showed.</param>
/// <param name="ApprovalsSeen">How many approvals the incident had when the form was shown.</param>
/// <param name="Markdown">The report as the manager edited it.</param>
/// <param name="ApprovedBy">The name shown for who approved (the signed-in person's name, or the operator on this machine).</param>
/// <param name="ApproverId">The configured person (<c>People</c>) behind the sign-in, when there is one.</param>
public sealed record ApprovalRequest(int IncidentNumber, int FromRevision, int ApprovalsSeen, string Markdown, string ApprovedBy, string? ApproverId);
