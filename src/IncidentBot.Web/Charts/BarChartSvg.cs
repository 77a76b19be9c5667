using System.Globalization;
using System.Xml.Linq;

namespace IncidentBot.Web.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG on the server: no script, no inline style (colours come from the
/// stylesheet's classes, as the CSP asks), a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> for screen readers and each
/// bar named with its value. A value more than <see cref="OutlierRatio"/> times the next largest would flatten every
/// other bar, so the axis is scaled to the rest and that bar is drawn cut at the top, marked, with its value written on it.
/// Nothing to draw gives the chart's <see cref="BarChart.EmptyText"/> instead of empty axes.
/// </summary>
public static class BarChartSvg
{
    public const double Width = 720;
    public const double Height = 300;
    public const double PlotLeft = 64;
    public const double PlotRight = Width - 16;
    public const double PlotTop = 28;
    public const double PlotBottom = 220;
    public const double OutlierRatio = 4;

    /// <summary>Bars are never wider than this, so one week alone is not a wall.</summary>
    public const double MaxBarWidth = 40;

    /// <summary>Places narrower than this label only every second (third…) one, so labels never overlap.</summary>
    public const double MinLabelWidth = 44;

    /// <summary>About how wide a character of the stylesheet's 12px chart text is, to fit labels and space the legend.</summary>
    private const double CharacterWidth = 7;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static SvgMarkup Render(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.IsEmpty)
        {
            return new SvgMarkup(new XElement("p", new XAttribute("class", "chart-empty"), new XAttribute("id", chart.Id), chart.EmptyText));
        }

        var (scale, clips) = ScaleOf(chart);
        var axis = ChartAxis.For(chart.Kind, scale);
        return new SvgMarkup(E("svg",
            A("id", chart.Id), A("class", "chart"), A("viewBox", $"0 0 {N(Width)} {N(Height)}"), A("role", "img"),
            A("aria-labelledby", $"{chart.Id}-title {chart.Id}-desc"),
            E("title", A("id", chart.Id + "-title"), chart.Title),
            E("desc", A("id", chart.Id + "-desc"), chart.Description + (clips ? " One bar is beyond the axis: it is cut at the top and its value written on it." : "")),
            AxisOf(axis),
            CategoryLabels(chart),
            E("g", A("class", "bars"), chart.Layout == BarLayout.Stacked ? Stacks(chart, axis) : Groups(chart, axis)),
            Legend(chart)));
    }

    /// <summary>The value the axis must reach, and whether a bar is cut because it alone is far above the rest.</summary>
    internal static (double Scale, bool Clips) ScaleOf(BarChart chart)
    {
        if (chart.Layout == BarLayout.Stacked)
        {
            return (Enumerable.Range(0, chart.Categories.Count).Max(c => chart.Series.Sum(s => s.Values[c] ?? 0)), false);
        }

        var values = chart.Series.SelectMany(s => s.Values).OfType<double>().Where(v => v > 0).OrderDescending().ToList();
        return values.Count >= 2 && values[0] > OutlierRatio * values[1] ? (values[1], true) : (values[0], false);
    }

    private static double Y(ChartAxis axis, double value) => PlotBottom - (Math.Min(value, axis.Top) / axis.Top * (PlotBottom - PlotTop));

    private static double Band(BarChart chart) => (PlotRight - PlotLeft) / chart.Categories.Count;

    private static XElement AxisOf(ChartAxis axis)
    {
        var middle = (PlotTop + PlotBottom) / 2;
        return E("g", A("class", "axis"),
            axis.Ticks.Select(t => E("g", A("class", "tick"),
                E("line", A("class", "grid"), A("x1", N(PlotLeft)), A("x2", N(PlotRight)), A("y1", N(Y(axis, t))), A("y2", N(Y(axis, t)))),
                E("text", A("x", N(PlotLeft - 6)), A("y", N(Y(axis, t) + 4)), A("text-anchor", "end"), axis.TickLabel(t)))),
            E("text", A("class", "axis-title"), A("x", "14"), A("y", N(middle)), A("text-anchor", "middle"),
                A("transform", $"rotate(-90 14 {N(middle)})"), axis.Title));
    }

    private static XElement CategoryLabels(BarChart chart)
    {
        var band = Band(chart);
        var fits = Math.Max(3, (int)(band / CharacterWidth));
        var every = (int)Math.Ceiling(MinLabelWidth / band);
        return E("g", A("class", "categories"), chart.Categories.Select((c, i) => i % every != 0 ? null :
            E("text", A("x", N(PlotLeft + band * (i + 0.5))), A("y", N(PlotBottom + 18)), A("text-anchor", "middle"),
                c.Label.Length > fits ? c.Label[..(fits - 1)] + "…" : c.Label,
                E("title", c.Name))));
    }

    private static IEnumerable<XElement> Groups(BarChart chart, ChartAxis axis)
    {
        var band = Band(chart);
        var width = Math.Min(MaxBarWidth, band * 0.8 / chart.Series.Count);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var left = PlotLeft + band * (c + 0.5) - width * chart.Series.Count / 2;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (chart.Series[s].Values[c] is not { } value || value <= 0)
                {
                    continue;
                }

                var x = left + width * s;
                var name = $"{chart.Categories[c].Name}, {chart.Series[s].Name}: {ChartAxis.Say(chart.Kind, value)}";
                yield return Bar(chart.Series[s].CssClass, x, Y(axis, value), width, name);
                if (value > axis.Top)
                {
                    yield return E("path", A("class", "cut"), A("d", $"M{N(x - 2)} {N(PlotTop + 12)} l{N(width + 4)} -6 m0 6 l{N(-width - 4)} 6"));
                    yield return E("text", A("class", "outlier"), A("x", N(x + width / 2)), A("y", N(PlotTop - 6)), A("text-anchor", "middle"),
                        ChartAxis.Compact(chart.Kind, value));
                }
            }
        }
    }

    private static IEnumerable<XElement> Stacks(BarChart chart, ChartAxis axis)
    {
        var band = Band(chart);
        var width = Math.Min(MaxBarWidth, band * 0.6);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var x = PlotLeft + band * (c + 0.5) - width / 2;
            var below = 0d;
            foreach (var series in chart.Series)
            {
                if (series.Values[c] is not { } value || value <= 0)
                {
                    continue;
                }

                var name = $"{chart.Categories[c].Name}, {series.Name}: {ChartAxis.Say(chart.Kind, value)}";
                yield return Bar(series.CssClass, x, Y(axis, below + value), width, name, Y(axis, below));
                below += value;
            }

            if (below > 0)
            {
                yield return E("text", A("class", "total"), A("x", N(x + width / 2)), A("y", N(Y(axis, below) - 4)), A("text-anchor", "middle"),
                    below.ToString("0.##", CultureInfo.InvariantCulture));
            }
        }
    }

    private static XElement Bar(string cssClass, double x, double top, double width, string name, double bottom = PlotBottom) =>
        E("rect", A("class", "bar " + cssClass), A("x", N(x)), A("y", N(top)), A("width", N(width)), A("height", N(bottom - top)),
            A("aria-label", name), E("title", name));

    private static XElement Legend(BarChart chart)
    {
        var x = PlotLeft;
        var items = new List<XElement>();
        foreach (var series in chart.Series)
        {
            items.Add(E("g", A("class", "legend-item"),
                E("rect", A("class", "swatch " + series.CssClass), A("x", N(x)), A("y", N(Height - 22)), A("width", "12"), A("height", "12")),
                E("text", A("x", N(x + 17)), A("y", N(Height - 12)), series.Name)));
            x += 28 + (series.Name.Length * CharacterWidth);
        }

        return E("g", A("class", "legend"), items);
    }

    private static XElement E(string name, params object?[] content) => new(Svg + name, content);

    private static XAttribute A(string name, string value) => new(name, value);

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
