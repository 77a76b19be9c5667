using IncidentBot.Core.Incidents;
using IncidentBot.Web.Incidents;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages;

/// <summary>The dashboard (<c>/incidents</c>, and <c>/</c> when there is no playground): incidents newest first, filtered by the query string (<see cref="IncidentFilter"/>).</summary>
public sealed class IndexModel(IncidentReader reader) : PageModel
{
    public IncidentReader Reader => reader;

    public IncidentFilter Filter { get; private set; } = IncidentFilter.Read(null, null, null, null, null);

    public IReadOnlyList<Incident> Incidents { get; private set; } = [];

    public bool More { get; private set; }

    public async Task OnGetAsync(string? status, string? severity, string? service, string? from, string? to, CancellationToken cancellationToken)
    {
        Filter = IncidentFilter.Read(status, severity, service, from, to);
        (Incidents, More) = await reader.ListAsync(Filter, cancellationToken);
    }

    /// <summary>The address alerts are sent to, as this request reached the bot (for the empty state's example).</summary>
    public string AlertAddress => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/alerts/generic";
}
