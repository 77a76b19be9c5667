using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Tests.Outbound;

public sealed class SlackMrkdwnTests
{
    [Theory]
    [InlineData("<!channel> db down", "&lt;!channel&gt; db down")]
    [InlineData("<!here|here> look", "&lt;!here|here&gt; look")]
    [InlineData("ping <@U024BE7LH>", "ping &lt;@U024BE7LH&gt;")]
    [InlineData("<https://evil.example|click me>", "&lt;https://evil.example|click me&gt;")]
    [InlineData("p99 > 2s & errors < 1%", "p99 &gt; 2s &amp; errors &lt; 1%")]
    [InlineData("*INC-1* `/incident ack`", "*INC-1* `/incident ack`")]
    public void Escape_UserOrAlertText_CannotFormMentionsOrLinks(string text, string expected)
    {
        Assert.Equal(expected, SlackMrkdwn.Escape(text));
    }

    [Theory]
    [InlineData("@channel wake up")]
    [InlineData("hey @here")]
    [InlineData("@Everyone!")]
    public void Escape_BareBroadcastWords_AreDefused(string text)
    {
        var escaped = SlackMrkdwn.Escape(text);

        Assert.DoesNotMatch("@(channel|here|everyone)", escaped.ToLowerInvariant());
        Assert.Equal(text, escaped.Replace("\u2060", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Escape_AnEmailAddress_IsLeftAlone()
    {
        Assert.Equal("ops@herewego.example", SlackMrkdwn.Escape("ops@herewego.example"));
    }
}
