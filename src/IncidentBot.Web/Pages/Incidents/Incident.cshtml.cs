using IncidentBot.Web.Incidents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages.Incidents;

/// <summary>One incident: its card, responders, live timeline, transcript, alerts, suspect changes, rollbacks and pending messages.</summary>
public sealed class IncidentModel(IncidentReader reader) : PageModel
{
    public IncidentReader Reader => reader;

    public IncidentRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(number, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }
}
