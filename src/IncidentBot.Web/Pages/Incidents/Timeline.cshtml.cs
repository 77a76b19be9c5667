using IncidentBot.Core.Storage;
using IncidentBot.Web.Incidents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages.Incidents;

/// <summary>The timeline alone, as HTML for the incident page to poll (<c>web-face.js</c>) while the incident is open.</summary>
public sealed class TimelineModel(IIncidentStore incidents, IncidentReader reader) : PageModel
{
    public TimelineView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        if (await incidents.GetAsync(number, cancellationToken) is not { } incident)
        {
            return NotFound();
        }

        View = new TimelineView(incident.Timeline, reader);
        return Page();
    }
}
