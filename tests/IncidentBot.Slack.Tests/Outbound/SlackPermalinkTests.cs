using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Tests.Outbound;

/// <summary>
/// Permalinks as Slack gives them: the <c>pins.list</c> example of Slack's OpenAPI spec
/// (fixtures/slack/slack_web_openapi_v2.json) pairs message <c>ts</c> 1508197641.000151 in C2U86NC6H with its permalink.
/// </summary>
public sealed class SlackPermalinkTests
{
    [Theory]
    [InlineData("https://hitchhikers.slack.com/")]
    [InlineData("https://hitchhikers.slack.com")]
    public void Of_MessageInAChannel_IsTheArchiveLinkSlackGives(string workspace)
    {
        Assert.Equal(
            "https://hitchhikers.slack.com/archives/C2U86NC6H/p1508197641000151",
            SlackPermalink.Of(new Uri(workspace), "C2U86NC6H", "1508197641.000151").AbsoluteUri);
    }
}
