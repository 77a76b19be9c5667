using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Web.Access;
using IncidentBot.Web.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages.Incidents;

/// <summary>
/// An incident's postmortem rendered (<see cref="PostmortemPage.Body"/>: Markdig, raw HTML shown as text): the newest
/// approved version when a manager approved one (the report of record), else the newest draft; <c>?revision=k</c> a
/// draft, <c>?approval=k</c> an approval. Every draft and approval listed; the Markdown of the one shown to download;
/// <c>?view=print</c> for paper; managers get the way to edit and approve (<see cref="ApproveModel"/>).
/// </summary>
public sealed class PostmortemModel(IIncidentStore incidents, IPostmortemStore postmortems, IPostmortemApprovalStore approvals, IAuthorizationService authorization)
    : PageModel
{
    public Incident Incident { get; private set; } = null!;

    public IReadOnlyList<int> Revisions { get; private set; } = [];

    public IReadOnlyList<PostmortemApproval> Approvals { get; private set; } = [];

    public PostmortemDraft? Draft { get; private set; }

    public PostmortemApproval? Approval { get; private set; }

    public string? Problem { get; private set; }

    public bool Print { get; private set; }

    /// <summary>Whether this person may edit and approve the report (a manager, or the operator on this machine).</summary>
    public bool CanApprove { get; private set; }

    /// <summary>The newest draft revision (0 when none), to tell when the approval shown is older than it.</summary>
    public int NewestRevision => Revisions.Count > 0 ? Revisions[^1] : 0;

    public async Task<IActionResult> OnGetAsync(int number, string? revision, string? approval, string? view, CancellationToken cancellationToken)
    {
        if (await incidents.GetAsync(number, cancellationToken) is not { } incident)
        {
            return NotFound();
        }

        Incident = incident;
        Print = view == "print";
        Revisions = await postmortems.ListRevisionsAsync(number, cancellationToken);
        Approvals = await approvals.ListAsync(number, cancellationToken);
        CanApprove = Revisions.Count > 0 && (await authorization.AuthorizeAsync(User, HttpContext, WebPolicies.Approve)).Succeeded;
        if (approval is not null)
        {
            Approval = Whole(approval) is { } asked ? Approvals.FirstOrDefault(a => a.Number == asked) : null;
            Problem = Approval is null ? $"There is no approval {approval}; {(Approvals.Count == 0 ? "none was made yet" : $"its approvals are {string.Join(", ", Approvals.Select(a => a.Number))}")}." : null;
        }
        else if (revision is not null)
        {
            await ShowRevisionAsync(number, revision, cancellationToken);
        }
        else if (Approvals.Count > 0)
        {
            Approval = Approvals[^1];
        }
        else
        {
            Draft = await postmortems.GetAsync(number, cancellationToken);
        }

        return Page();
    }

    public string Title => (Draft, Approval) switch
    {
        ({ } draft, _) => PostmortemFile.TitleOf(Incident.Key, draft.Revision),
        (_, { } approved) => PostmortemFile.ApprovedTitleOf(Incident.Key, approved.Number),
        _ => $"{Incident.Key} postmortem",
    };

    private async Task ShowRevisionAsync(int number, string revision, CancellationToken cancellationToken)
    {
        if (Whole(revision) is { } asked)
        {
            Draft = await postmortems.GetRevisionAsync(number, asked, cancellationToken);
            Problem = Draft is null && Revisions.Count > 0 ? $"There is no revision {asked}; its revisions are {string.Join(", ", Revisions)}." : null;
        }
        else
        {
            Problem = "The revision must be a whole number from 1.";
        }
    }

    private static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
