using IncidentBot.Web.Playground;

namespace IncidentBot.Web.Tests;

/// <summary>The bot's <c>*bold*</c> is shown bold; asterisks that mark nothing stay as typed.</summary>
public sealed class PlaygroundTextTests
{
    [Fact]
    public void Spans_BoldAroundWords_AreMarkedBold()
    {
        var spans = PlaygroundText.Spans("*Ada Mensah* acknowledged INC-1.");

        Assert.Equal([("Ada Mensah", true), (" acknowledged INC-1.", false)], spans);
    }

    [Theory]
    [InlineData("2*3*4 is 24")]
    [InlineData("a * b * c")]
    [InlineData("*not closed")]
    [InlineData("**")]
    public void Spans_AsterisksThatMarkNothing_StayAsTyped(string text)
    {
        Assert.Equal([(text, false)], PlaygroundText.Spans(text));
    }
}
