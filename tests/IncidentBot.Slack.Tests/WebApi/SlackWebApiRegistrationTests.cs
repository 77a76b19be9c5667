using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Tests.WebApi;

public sealed class SlackWebApiRegistrationTests
{
    [Fact]
    public async Task AddSlackWebApi_ApiBaseUrlWithoutTrailingSlash_StillCallsMethodsUnderIt()
    {
        await using var harness = await SlackApiHarness.StartAsync(
            options => options.ApiBaseUrl = new Uri(options.ApiBaseUrl.AbsoluteUri.TrimEnd('/')));

        await harness.Client.Auth.TestAsync();

        Assert.Equal("auth.test", Assert.Single(harness.Slack.Calls).Method);
        Assert.Empty(harness.Slack.Violations);
    }
}
