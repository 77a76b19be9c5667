using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// A manager approves an incident's postmortem as they edited it: the approval is kept beside the bot's drafts (which
/// stay as drafted), goes on the timeline ("Postmortem approved by Ada (from revision 2)") and is announced in the
/// incident's channel and the reports channel with the signed link to the approved version
/// (<see cref="IIncidentLinks.ApprovedReportOf"/>), and mailed to the managers (<see cref="IReportMailer"/>). Optimistic concurrency: the approval names the draft revision and
/// the number of approvals its form showed, and is refused as stale when either has moved on, so nobody signs off a
/// report next to a newer draft or over a colleague's approval they have not seen.
/// </summary>
public sealed class PostmortemApprovals(
    IIncidentStore incidents, IncidentLocks locks, IPostmortemStore postmortems, IPostmortemApprovalStore approvals,
    IncidentResponse response, IChatPlatform platform, IIncidentLinks links, IncidentSettings settings, IReportMailer mailer, TimeProvider time)
{
    /// <summary>The longest approved report kept, in characters: many times a long draft, far from what harms the store.</summary>
    public const int MaxLength = 200_000;

    /// <summary>Keeps and announces the approval, or says why not; null when there is no such incident.</summary>
    public async Task<ApprovalOutcome?> ApproveAsync(ApprovalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var held = await locks.AcquireAsync(request.IncidentNumber, cancellationToken).ConfigureAwait(false);
        if (await incidents.GetAsync(request.IncidentNumber, cancellationToken).ConfigureAwait(false) is not { } incident)
        {
            return null;
        }

        var newest = await postmortems.GetAsync(request.IncidentNumber, cancellationToken).ConfigureAwait(false);
        var count = (await approvals.ListAsync(request.IncidentNumber, cancellationToken).ConfigureAwait(false)).Count;
        var revision = newest?.Revision ?? 0;
        if (Invalid(request, newest) is { } problem)
        {
            return ApprovalOutcome.Refused(problem, revision, count);
        }

        if (revision != request.FromRevision || count != request.ApprovalsSeen)
        {
            return ApprovalOutcome.Refused(StaleProblem(request, revision, count), revision, count, stale: true);
        }

        var approval = new PostmortemApproval
        {
            IncidentNumber = incident.Number, Number = count + 1, FromRevision = revision, Markdown = request.Markdown,
            ApprovedBy = request.ApprovedBy, ApproverId = request.ApproverId, ApprovedAt = time.GetUtcNow(),
        };
        await approvals.AddAsync(approval, cancellationToken).ConfigureAwait(false);
        await AnnounceAsync(incident, approval, cancellationToken).ConfigureAwait(false);
        mailer.QueueApproval(incident.Number, approval.Number);
        return new ApprovalOutcome(approval, null, Stale: false, revision, approval.Number);
    }

    private static string? Invalid(ApprovalRequest request, PostmortemDraft? newest) =>
        newest is null ? "There is no draft to approve yet: the bot drafts one when the incident is resolved."
        : string.IsNullOrWhiteSpace(request.Markdown) ? "The report is empty; an approved report needs its text."
        : request.Markdown.Length > MaxLength ? $"The report is longer than {MaxLength:N0} characters."
        : string.IsNullOrWhiteSpace(request.ApprovedBy) ? "Nobody is named as approving it."
        : null;

    private static string StaleProblem(ApprovalRequest request, int revision, int count) =>
        revision != request.FromRevision
            ? $"Not approved: the bot drafted revision {revision} after you opened revision {request.FromRevision}. Read it, then approve again."
            : $"Not approved: someone approved the report meanwhile (approval {count}). Read it, then approve again.";

    private async Task AnnounceAsync(Incident incident, PostmortemApproval approval, CancellationToken cancellationToken)
    {
        var text = $"Postmortem approved by {approval.ApprovedBy} (from revision {approval.FromRevision})";
        incident.Record(TimelineKind.PostmortemApproved, text, approval.ApprovedAt, approval.ApproverId);
        var link = links.ApprovedReportOf(incident.Number, approval.Number).OriginalString;
        var message = new ChatMessage($"*{incident.Key} postmortem approved* by {approval.ApprovedBy} (edited from draft {approval.FromRevision}). Read it: {link}");
        await response.CommitAsync(incident, message, cancellationToken).ConfigureAwait(false);
        if (settings.ReportsChannelId is { } reports)
        {
            await platform.PostAsync(reports, message.AboutIncident(incident.Number), cancellationToken).ConfigureAwait(false);
        }
    }
}
