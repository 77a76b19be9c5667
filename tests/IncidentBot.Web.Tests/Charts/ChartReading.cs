using System.Globalization;
using System.Xml.Linq;
using IncidentBot.Web.Charts;

namespace IncidentBot.Web.Tests.Charts;

/// <summary>Reading a drawn chart as its viewer does: the bars (name and height), the tick labels, the legend.</summary>
public static class ChartReading
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Drawn(BarChart chart) => BarChartSvg.Render(chart).Element;

    public static IReadOnlyList<(string Name, double Height, string Class)> Bars(XElement svg) =>
        svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("bar ", StringComparison.Ordinal) == true)
            .Select(r => ((string)r.Attribute("aria-label")!, Number(r, "height"), (string)r.Attribute("class")!)).ToList();

    public static double HeightOf(XElement svg, string name) => Bars(svg).Single(b => b.Name == name).Height;

    public static IReadOnlyList<string> TickLabels(XElement svg) =>
        svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "tick").Select(g => g.Element(Svg + "text")!.Value).ToList();

    public static IReadOnlyList<string> Legend(XElement svg) =>
        svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "legend-item").Select(g => g.Element(Svg + "text")!.Value).ToList();

    public static IReadOnlyList<string> Texts(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == cssClass).Select(t => t.Value).ToList();

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
