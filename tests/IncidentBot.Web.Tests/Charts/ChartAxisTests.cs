using IncidentBot.Web.Charts;

namespace IncidentBot.Web.Tests.Charts;

/// <summary>The value axis: ticks at values a reader takes in at a glance, in a unit that suits the figures.</summary>
public sealed class ChartAxisTests
{
    [Theory]
    [InlineData(7, new[] { "0", "2", "4", "6", "8" })]
    [InlineData(3, new[] { "0", "1", "2", "3" })]
    [InlineData(1, new[] { "0", "1" })]
    [InlineData(0, new[] { "0", "1" })]
    [InlineData(230, new[] { "0", "50", "100", "150", "200", "250" })]
    public void For_Counts_TicksAtWholeNumbersInStepsOf125(double maximum, string[] labels)
    {
        var axis = ChartAxis.For(ChartValueKind.Count, maximum);

        Assert.Equal(labels, axis.Ticks.Select(axis.TickLabel));
        Assert.Equal("incidents", axis.Title);
        Assert.True(axis.Top >= maximum);
    }

    [Theory]
    [InlineData(45, "seconds", new[] { "0", "10 s", "20 s", "30 s", "40 s", "50 s" })]
    [InlineData(100 * 60, "minutes", new[] { "0", "30 min", "60 min", "90 min", "120 min" })]
    [InlineData(22 * 60, "minutes", new[] { "0", "5 min", "10 min", "15 min", "20 min", "25 min" })]
    [InlineData(40 * 3600, "hours", new[] { "0", "12 h", "24 h", "36 h", "48 h" })]
    [InlineData(9 * 86400, "days", new[] { "0", "2 d", "4 d", "6 d", "8 d", "10 d" })]
    public void For_Durations_PicksTheUnitBySizeAndTicksAtRoundValuesOfIt(double seconds, string unit, string[] labels)
    {
        var axis = ChartAxis.For(ChartValueKind.Duration, seconds);

        Assert.Equal(unit, axis.Title);
        Assert.Equal(labels, axis.Ticks.Select(axis.TickLabel));
        Assert.True(axis.Top >= seconds);
    }

    [Theory]
    [InlineData(ChartValueKind.Duration, 9 * 86400 + 600, "9 d")]
    [InlineData(ChartValueKind.Duration, 3 * 86400, "72 h")]
    [InlineData(ChartValueKind.Duration, 90 * 60, "90 min")]
    [InlineData(ChartValueKind.Count, 12, "12")]
    public void Compact_SaysAValueInItsOwnUnit(ChartValueKind kind, double value, string expected) =>
        Assert.Equal(expected, ChartAxis.Compact(kind, value));
}
