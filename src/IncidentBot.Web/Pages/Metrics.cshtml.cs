using IncidentBot.Core.Metrics;
using IncidentBot.Web.Charts;
using IncidentBot.Web.Metrics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages;

/// <summary>
/// Response metrics for a manager: median times to acknowledge, mitigate and resolve and incidents by severity, by week
/// or by service over a period, as charts drawn on the server (<see cref="BarChartSvg"/>), a table of the same figures,
/// and the same report to download as CSV or JSON.
/// </summary>
public sealed class MetricsModel(MetricsReader reader) : PageModel
{
    public MetricsQuery Query { get; private set; } = null!;

    public MetricsReport Report { get; private set; } = null!;

    public BarChart TimesChart { get; private set; } = null!;

    public BarChart SeveritiesChart { get; private set; } = null!;

    public async Task OnGetAsync(string? by, string? from, string? to, CancellationToken cancellationToken)
    {
        Query = reader.Read(by, from, to);
        Report = await reader.ReportAsync(Query, cancellationToken);
        TimesChart = MetricsCharts.ResponseTimes(Report);
        SeveritiesChart = MetricsCharts.Severities(Report);
    }
}
