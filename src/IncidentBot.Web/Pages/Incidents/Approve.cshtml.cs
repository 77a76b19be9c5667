using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;
using IncidentBot.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages.Incidents;

/// <summary>
/// A manager edits the postmortem and approves it (<see cref="PostmortemApprovals"/>): the form starts from the newest
/// draft, or from the newest approval when that was made from the newest draft, and carries the draft revision and the
/// number of approvals it showed. A stale approval (a newer draft or another approval since) is refused with 409 and the
/// form shown again with the manager's text and the new figures, so a second press approves knowingly.
/// </summary>
[Authorize(Policy = WebPolicies.Approve)]
public sealed class ApproveModel(IIncidentStore incidents, IPostmortemStore postmortems, IPostmortemApprovalStore approvals, PostmortemApprovals approving, IPeopleDirectory people)
    : PageModel
{
    public Incident Incident { get; private set; } = null!;

    [BindProperty]
    public string Markdown { get; set; } = "";

    [BindProperty]
    public int FromRevision { get; set; }

    [BindProperty]
    public int ApprovalsSeen { get; set; }

    public string? Problem { get; private set; }

    public bool HasDraft => FromRevision > 0;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        if (await incidents.GetAsync(number, cancellationToken) is not { } incident)
        {
            return NotFound();
        }

        Incident = incident;
        var newest = await postmortems.GetAsync(number, cancellationToken);
        var approved = await approvals.ListAsync(number, cancellationToken);
        FromRevision = newest?.Revision ?? 0;
        ApprovalsSeen = approved.Count;
        Markdown = approved.Count > 0 && approved[^1].FromRevision == FromRevision ? approved[^1].Markdown : newest?.Markdown ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number, CancellationToken cancellationToken)
    {
        var (name, personId) = Approver.Of(HttpContext, people);
        var outcome = await approving.ApproveAsync(new ApprovalRequest(number, FromRevision, ApprovalsSeen, Markdown ?? "", name, personId), cancellationToken);
        if (outcome is null || await incidents.GetAsync(number, cancellationToken) is not { } incident)
        {
            return NotFound();
        }

        if (outcome.Approval is { } approval)
        {
            return Redirect(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/incidents/{number}/postmortem?approval={approval.Number}"));
        }

        Incident = incident;
        Problem = outcome.Stale ? $"{outcome.Problem} Your text is kept below." : outcome.Problem;
        FromRevision = outcome.NewestRevision;
        ApprovalsSeen = outcome.Approvals;
        Response.StatusCode = outcome.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
