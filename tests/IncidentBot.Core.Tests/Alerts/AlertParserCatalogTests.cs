using IncidentBot.Core.Alerts;

namespace IncidentBot.Core.Tests.Alerts;

public sealed class AlertParserCatalogTests
{
    private readonly AlertParserCatalog _catalog = new(
        [new GrafanaParser(), new AlertmanagerParser(), new GenericWebhookParser()]);

    [Theory]
    [InlineData("alertmanager", typeof(AlertmanagerParser))]
    [InlineData("Grafana", typeof(GrafanaParser))]
    [InlineData("GENERIC", typeof(GenericWebhookParser))]
    public void TryGet_SourceInAnyCase_ReturnsItsParser(string source, Type expected)
    {
        Assert.True(_catalog.TryGet(source, out IAlertParser? parser));
        Assert.IsType(expected, parser);
    }

    [Fact]
    public void TryGet_UnknownSource_ReturnsFalse()
    {
        Assert.False(_catalog.TryGet("datadog", out IAlertParser? parser));
        Assert.Null(parser);
    }

    [Fact]
    public void Sources_ThreeParsers_ListsNamesSorted()
    {
        Assert.Equal(["alertmanager", "generic", "grafana"], _catalog.Sources);
    }

    [Fact]
    public void Constructor_SourceClaimedTwiceIgnoringCase_Throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => new AlertParserCatalog([new GrafanaParser(), new FakeAlertParser("Grafana")]));

        Assert.Contains("GrafanaParser and FakeAlertParser both claim the source 'Grafana'", error.Message);
    }

    [Fact]
    public void Constructor_BlankSource_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AlertParserCatalog([new FakeAlertParser(" ")]));
    }
}
