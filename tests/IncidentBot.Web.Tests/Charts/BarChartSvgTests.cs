using IncidentBot.Web.Charts;
using static IncidentBot.Web.Tests.Charts.ChartReading;

namespace IncidentBot.Web.Tests.Charts;

/// <summary>What a reader sees of a chart drawn by <see cref="BarChartSvg"/>, and what a screen reader is told.</summary>
public sealed class BarChartSvgTests
{
    private const double Minute = 60;
    private const double PlotHeight = BarChartSvg.PlotBottom - BarChartSvg.PlotTop;

    [Fact]
    public void Render_Grouped_BarHeightsAreProportionalToTheValues()
    {
        var svg = Drawn(Times(("week 1", [10 * Minute, 20 * Minute, 40 * Minute]), ("week 2", [5 * Minute, null, 30 * Minute])));

        Assert.Equal(5, Bars(svg).Count);
        Assert.Equal(2 * HeightOf(svg, "week 1, ack: 10 minutes"), HeightOf(svg, "week 1, mitigate: 20 minutes"), precision: 0);
        Assert.Equal(4 * HeightOf(svg, "week 1, ack: 10 minutes"), HeightOf(svg, "week 1, resolve: 40 minutes"), precision: 0);
        Assert.Equal(6 * HeightOf(svg, "week 2, ack: 5 minutes"), HeightOf(svg, "week 2, resolve: 30 minutes"), precision: 0);
    }

    [Fact]
    public void Render_Grouped_HasTicksInMinutesALegendPerSeriesAndATitleAndDescription()
    {
        var svg = Drawn(Times(("week 1", [10 * Minute, 20 * Minute, 40 * Minute])));

        Assert.Equal(["0", "10 min", "20 min", "30 min", "40 min"], TickLabels(svg));
        Assert.Equal(["ack", "mitigate", "resolve"], Legend(svg));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("times-title times-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Times", svg.Elements().First(e => e.Name.LocalName == "title").Value);
        Assert.Equal(PlotHeight, HeightOf(svg, "week 1, resolve: 40 minutes"), precision: 0);
    }

    [Fact]
    public void Render_NoIncidents_SaysSoInsteadOfDrawingEmptyAxes()
    {
        var markup = BarChartSvg.Render(Times());

        Assert.Equal("p", markup.Element.Name.LocalName);
        Assert.Equal(BarChart.NoIncidents, markup.Element.Value);
        Assert.Equal("No incidents in this period", BarChart.NoIncidents);
    }

    [Fact]
    public void Render_OnlyNothingReached_SaysTheChartsOwnEmptyText()
    {
        var markup = BarChartSvg.Render(Times(("week 1", [null, null, null])) with { EmptyText = "Nothing resolved yet" });

        Assert.Equal("Nothing resolved yet", markup.Element.Value);
    }

    [Fact]
    public void Render_OneDataPoint_IsOneNarrowBarReachingItsValueOnTheAxis()
    {
        var svg = Drawn(Times(("week 1", [null, null, 25 * Minute])));

        var bar = Assert.Single(Bars(svg));
        var width = double.Parse((string)svg.Descendants().Single(e => (string?)e.Attribute("aria-label") == bar.Name).Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(width <= BarChartSvg.MaxBarWidth, $"one bar should not fill the chart, but it is {width} wide");
        Assert.Equal(["0", "5 min", "10 min", "15 min", "20 min", "25 min"], TickLabels(svg));
        Assert.Equal(PlotHeight, bar.Height, precision: 0);
    }

    [Fact]
    public void Render_AHugeOutlier_IsCutAndLabelled_SoTheOtherBarsStayReadable()
    {
        var svg = Drawn(Times(("week 1", [4 * Minute, 10 * Minute, 12 * Minute]), ("week 2", [3 * Minute, 8 * Minute, 3 * 86400])));

        Assert.Equal(PlotHeight, HeightOf(svg, "week 2, resolve: 3 days"), precision: 0);
        Assert.True(HeightOf(svg, "week 1, resolve: 12 minutes") > PlotHeight * 0.7, "the largest ordinary bar should use most of the height");
        Assert.Equal(3 * HeightOf(svg, "week 1, ack: 4 minutes"), HeightOf(svg, "week 1, resolve: 12 minutes"), precision: 0);
        Assert.Equal(["72 h"], Texts(svg, "outlier"));
        Assert.Contains("cut at the top", svg.Elements().First(e => e.Name.LocalName == "desc").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Stacked_SegmentsAddUpToTheTotalWrittenAboveIt()
    {
        var chart = new BarChart("sev", "By severity", "Counts", ChartValueKind.Count, BarLayout.Stacked,
            [new("1 Dec", "week of 1 December"), new("8 Dec", "week of 8 December")],
            [new("sev1", "sev1", [1, 0]), new("sev2", "sev2", [2, 1]), new("sev3", "sev3", [3, 0])]);

        var svg = Drawn(chart);

        Assert.Equal(["0", "2", "4", "6"], TickLabels(svg));
        Assert.Equal(["6", "1"], Texts(svg, "total"));
        Assert.Equal(PlotHeight, Bars(svg).Where(b => b.Name.StartsWith("week of 1 December", StringComparison.Ordinal)).Sum(b => b.Height), precision: 0);
        Assert.Equal(["week of 8 December, sev2: 1 incident"], Bars(svg).Where(b => b.Name.Contains("8 December", StringComparison.Ordinal)).Select(b => b.Name));
        Assert.Equal(["sev1", "sev2", "sev3"], Legend(svg));
    }

    [Fact]
    public void Render_MarkupInLabels_IsWrittenAsText()
    {
        var chart = new BarChart("svc", "<b>Times</b>", "about \"<script>\"", ChartValueKind.Count, BarLayout.Stacked,
            [new(Seed.Script, Seed.Script)], [new(Seed.Image, "sev1", [2])]);

        var markup = BarChartSvg.Render(chart).ToString();

        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markup, StringComparison.Ordinal);
    }

    private static BarChart Times(params (string Name, double?[] Values)[] weeks) => new(
        "times", "Times", "Median times", ChartValueKind.Duration, BarLayout.Grouped,
        [.. weeks.Select(w => new ChartCategory(w.Name, w.Name))],
        [
            new ChartSeries("ack", "tta", [.. weeks.Select(w => w.Values[0])]),
            new ChartSeries("mitigate", "ttm", [.. weeks.Select(w => w.Values[1])]),
            new ChartSeries("resolve", "ttr", [.. weeks.Select(w => w.Values[2])]),
        ]);
}
