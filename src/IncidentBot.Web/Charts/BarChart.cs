namespace IncidentBot.Web.Charts;

/// <summary>
/// What a bar chart shows, before it is drawn by <see cref="BarChartSvg"/>: the figures and the words that describe
/// them to someone who cannot see the bars (<paramref name="Title"/> and <paramref name="Description"/> become the
/// SVG's <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>).
/// </summary>
/// <param name="Id">The element id, unique on the page; the title's and description's ids derive from it.</param>
/// <param name="Title">What the chart shows, in a few words.</param>
/// <param name="Description">What it shows in a sentence or two, for a reader who cannot see it.</param>
/// <param name="Kind">Counts or durations, which decides the axis.</param>
/// <param name="Layout">Series side by side or stacked.</param>
/// <param name="Categories">The places along the horizontal axis, in order.</param>
/// <param name="Series">The series of bars, one value per category each.</param>
/// <param name="EmptyText">Said instead of drawing axes when there is nothing to draw.</param>
public sealed record BarChart(
    string Id,
    string Title,
    string Description,
    ChartValueKind Kind,
    BarLayout Layout,
    IReadOnlyList<ChartCategory> Categories,
    IReadOnlyList<ChartSeries> Series,
    string EmptyText = BarChart.NoIncidents)
{
    public const string NoIncidents = "No incidents in this period";

    /// <summary>True when no bar would be drawn: no category, or no value above zero.</summary>
    public bool IsEmpty => Categories.Count == 0 || !Series.Any(s => s.Values.Any(v => v > 0));
}
