using IncidentBot.Slack.Testing;
using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Tests.WebApi;

public sealed class IdentityApiTests : SlackApiTestBase
{
    [Fact]
    public async Task UsersInfoAsync_KnownUser_SendsFormAndMapsTheProfile()
    {
        Harness.Slack.AddUser("U0ADA0001", "ada", "ada@example.com", "Ada Lovelace");

        var user = await Harness.Client.Users.InfoAsync("U0ADA0001");

        Assert.Equal(new SlackUser("U0ADA0001", "ada", "Ada Lovelace", "ada@example.com", IsBot: false), user);
        Assert.Equal("application/x-www-form-urlencoded", Assert.Single(Harness.Slack.CallsTo("users.info")).ContentType);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task UsersLookupByEmailAsync_KnownEmail_FindsTheUser()
    {
        Harness.Slack.AddUser("U0GRACE01", "grace", "grace@example.com");

        var user = await Harness.Client.Users.LookupByEmailAsync("Grace@Example.com");

        Assert.Equal("U0GRACE01", user.Id);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task UsersLookupByEmailAsync_UnknownEmail_ThrowsUsersNotFound()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Harness.Client.Users.LookupByEmailAsync("nobody@example.com"));

        Assert.Equal(("users.lookupByEmail", "users_not_found"), (error.Method, error.Error));
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task AuthTestAsync_BotToken_ReturnsTheBotsIdentity()
    {
        var auth = await Harness.Client.Auth.TestAsync();

        Assert.Equal(
            new SlackAuth(new Uri(FakeSlackServer.WorkspaceUrl), FakeSlackServer.TeamName, FakeSlackServer.TeamId, FakeSlackServer.BotName, FakeSlackServer.BotUserId, FakeSlackServer.BotId),
            auth);
        Assert.Equal(SlackApiHarness.BotToken, Assert.Single(Harness.Slack.Calls).Token);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task AppsOpenConnectionAsync_AppToken_ReturnsTheSocketModeAddress()
    {
        var url = await Harness.Client.Apps.OpenConnectionAsync();

        Assert.Equal(Harness.Slack.SocketModeUrl, url);
        Assert.Equal("ws", url.Scheme);
        Assert.Equal(SlackApiHarness.AppToken, Assert.Single(Harness.Slack.CallsTo("apps.connections.open")).Token);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task AppsOpenConnectionAsync_NoAppToken_ThrowsBeforeCallingSlack()
    {
        await using var harness = await SlackApiHarness.StartAsync(options => options.AppToken = null);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.Apps.OpenConnectionAsync());

        Assert.Empty(harness.Slack.Calls);
    }
}
