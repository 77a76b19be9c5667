using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages.Incidents;

/// <summary>
/// An incident's postmortem rendered (<see cref="PostmortemPage.Body"/>: Markdig, raw HTML shown as text), the newest
/// revision unless <c>?revision=k</c>; every revision listed; its Markdown to download; <c>?view=print</c> for paper.
/// </summary>
public sealed class PostmortemModel(IIncidentStore incidents, IPostmortemStore postmortems) : PageModel
{
    public Incident Incident { get; private set; } = null!;

    public IReadOnlyList<int> Revisions { get; private set; } = [];

    public PostmortemDraft? Draft { get; private set; }

    public string? Problem { get; private set; }

    public bool Print { get; private set; }

    public async Task<IActionResult> OnGetAsync(int number, string? revision, string? view, CancellationToken cancellationToken)
    {
        if (await incidents.GetAsync(number, cancellationToken) is not { } incident)
        {
            return NotFound();
        }

        Incident = incident;
        Print = view == "print";
        Revisions = await postmortems.ListRevisionsAsync(number, cancellationToken);
        if (revision is null)
        {
            Draft = await postmortems.GetAsync(number, cancellationToken);
        }
        else if (int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked > 0)
        {
            Draft = await postmortems.GetRevisionAsync(number, asked, cancellationToken);
            Problem = Draft is null && Revisions.Count > 0 ? $"There is no revision {asked}; its revisions are {string.Join(", ", Revisions)}." : null;
        }
        else
        {
            Problem = "The revision must be a whole number from 1.";
        }

        return Page();
    }

    public string Title => Draft is null ? $"{Incident.Key} postmortem" : PostmortemFile.TitleOf(Incident.Key, Draft.Revision);
}
