using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Slack's escaping undone for the core, and mentions of the bot found.</summary>
public sealed class SlackTextTests
{
    [Theory]
    [InlineData("a &lt; b &gt; c &amp; d", "a < b > c & d")]
    [InlineData("&amp;lt; stays an escaped lt", "&lt; stays an escaped lt")]
    [InlineData("<@U123|ada> and <#C1|general> and <https://x.test|x>", "<@U123|ada> and <#C1|general> and <https://x.test|x>")]
    [InlineData("&quot; &#39; &nbsp; &amp", "&quot; &#39; &nbsp; &amp")]
    [InlineData("", "")]
    public void Unescape_SlackText_UndoesOnlyAmpLtGt(string text, string expected)
    {
        Assert.Equal(expected, SlackText.Unescape(text));
    }

    [Theory]
    [InlineData("<@UBOT> ack 10m", "ack 10m")]
    [InlineData("  <@UBOT|incidentbot>\tnote x ", "note x")]
    [InlineData("<@UBOT>", "")]
    [InlineData("<@UBOT>ack", "ack")]
    public void AfterMentionOf_TextStartingWithTheMention_IsTheRest(string text, string expected)
    {
        Assert.Equal(expected, SlackText.AfterMentionOf(text, "UBOT"));
    }

    [Theory]
    [InlineData("ack <@UBOT>")]
    [InlineData("<@UOTHER> ack")]
    [InlineData("<@UBOTX> ack")]
    [InlineData("&lt;@UBOT&gt; ack")]
    [InlineData("")]
    public void AfterMentionOf_TextNotStartingWithTheMention_IsNull(string text)
    {
        Assert.Null(SlackText.AfterMentionOf(text, "UBOT"));
    }
}
