namespace IncidentBot.Teams.Tests.Auth;

/// <summary><c>AllowUnauthenticatedLocalClient</c>: a request without a token gets in (the Agents Playground); one with a token is still checked.</summary>
public sealed class LocalClientTests
{
    [Fact]
    public async Task AuthenticateAsync_AllowedAndNoAuthorization_AcceptedAsLocalClient()
    {
        await using var auth = await AuthHarness.StartAsync(options => options.AllowUnauthenticatedLocalClient = true);

        var caller = AuthAssert.Accepted(await auth.AuthenticateAsync(null, "msteams", "http://localhost:56150/_connector"));

        Assert.True(caller.IsLocalClient);
        Assert.Null(caller.AppId);
        Assert.Equal(0, auth.Identity.BotFramework.MetadataRequests);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://localhost.example.com/_connector")]
    [InlineData("http://127.0.0.1.nip.io/_connector")]
    [InlineData("not a url")]
    [InlineData(null)]
    public async Task AuthenticateAsync_AllowedAndNoAuthorizationButServiceUrlElsewhere_Unauthorized(string? serviceUrl)
    {
        await using var auth = await AuthHarness.StartAsync(options => options.AllowUnauthenticatedLocalClient = true);

        AuthAssert.Refused(await auth.AuthenticateAsync(null, "msteams", serviceUrl), 401, "serviceUrl on this machine");
    }

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://[::1]:56150/_connector")]
    public async Task AuthenticateAsync_AllowedAndNoAuthorizationFromLoopback_Accepted(string serviceUrl)
    {
        await using var auth = await AuthHarness.StartAsync(options => options.AllowUnauthenticatedLocalClient = true);

        Assert.True(AuthAssert.Accepted(await auth.AuthenticateAsync(null, "msteams", serviceUrl)).IsLocalClient);
    }

    [Fact]
    public async Task AuthenticateAsync_AllowedButTokenForged_Unauthorized()
    {
        await using var auth = await AuthHarness.StartAsync(options => options.AllowUnauthenticatedLocalClient = true);
        using var forged = new Testing.Identity.FakeSigningKey("forged", ["msteams"]);

        AuthAssert.Refused(await auth.AuthenticateBearerAsync(auth.Identity.MintToken(key: forged)), 401, "not published");
        AuthAssert.Refused(await auth.AuthenticateAsync(""), 401, "no Authorization");
    }

    [Fact]
    public async Task AuthenticateAsync_AllowedAndTokenValid_AcceptedAsTeams()
    {
        await using var auth = await AuthHarness.StartAsync(options => options.AllowUnauthenticatedLocalClient = true);

        var caller = AuthAssert.Accepted(await auth.AuthenticateBearerAsync(auth.Identity.MintToken()));

        Assert.False(caller.IsLocalClient);
    }

    [Fact]
    public async Task AuthenticateAsync_NotAllowedAndNoAuthorization_Unauthorized()
    {
        await using var auth = await AuthHarness.StartAsync();

        AuthAssert.Refused(await auth.AuthenticateAsync(null), 401, "no Authorization");
    }

    [Fact]
    public async Task AuthenticateAsync_NoAppIdConfigured_ValidLookingTokenUnauthorized()
    {
        await using var auth = await AuthHarness.StartAsync(options => options.AppId = null);

        AuthAssert.Refused(await auth.AuthenticateBearerAsync(auth.Identity.MintToken()), 401, "AppId");
    }
}
