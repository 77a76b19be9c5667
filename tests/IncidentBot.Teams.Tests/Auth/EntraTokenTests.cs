using IncidentBot.Teams.Testing.Identity;

namespace IncidentBot.Teams.Tests.Auth;

/// <summary>Tokens of the bot's own Entra tenant, checked with that tenant's keys, and of no other tenant.</summary>
public sealed class EntraTokenTests : IAsyncLifetime
{
    private AuthHarness _auth = null!;

    private FakeBotFrameworkIdentity Identity => _auth.Identity;

    public async Task InitializeAsync() => _auth = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _auth.DisposeAsync();

    [Fact]
    public async Task AuthenticateAsync_OwnTenantV2Token_AcceptedWithTenantKeys()
    {
        var caller = AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(Identity.MintEntraToken()));

        Assert.Equal(FakeBotFrameworkIdentity.EntraV2Issuer(Identity.TenantId), caller.Issuer);
        Assert.Equal(FakeBotFrameworkIdentity.ConnectorAppId, caller.AppId);
        Assert.Equal(1, Identity.Tenant.KeysRequests);
        Assert.Equal(0, Identity.BotFramework.KeysRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_OwnTenantV1Token_Accepted()
    {
        var caller = AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(Identity.MintEntraToken(v1: true)));

        Assert.Equal(FakeBotFrameworkIdentity.EntraV1Issuer(Identity.TenantId), caller.Issuer);
        Assert.Equal(FakeBotFrameworkIdentity.ConnectorAppId, caller.AppId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AuthenticateAsync_AnotherTenantsToken_UnauthorizedWithoutFetchingItsKeys(bool v1)
    {
        var token = Identity.MintEntraToken(tenantId: "0b7e4f5a-1111-4222-8333-944455556666", v1: v1);

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(token), 401, "issuer");
        Assert.Equal(0, Identity.Tenant.MetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraIssuerSignedWithABotFrameworkKey_Unauthorized()
    {
        var token = Identity.MintEntraToken(key: Identity.BotFramework.Current);

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(token), 401, "not published");
    }

    [Fact]
    public async Task AuthenticateAsync_BotFrameworkIssuerSignedWithATenantKey_Unauthorized()
    {
        var token = Identity.MintToken(key: Identity.Tenant.Current);

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(token), 401, "not published");
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenForAnotherApp_Unauthorized() =>
        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintEntraToken(audience: "another-app")), 401, "audience");

    [Theory]
    [InlineData(null)]
    [InlineData("https://evil.example/amer/")]
    public async Task AuthenticateAsync_EntraTokenWithoutTheActivitysServiceUrl_Unauthorized(string? claimed) =>
        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintEntraToken(serviceUrl: claimed)), 401, "serviceurl");

    [Fact]
    public async Task AuthenticateAsync_NoTenantConfigured_EntraTokenUnauthorized()
    {
        await using var auth = await AuthHarness.StartAsync(options => options.TenantId = null);

        AuthAssert.Refused(await auth.AuthenticateBearerAsync(auth.Identity.MintEntraToken()), 401, "issuer");
        AuthAssert.Accepted(await auth.AuthenticateBearerAsync(auth.Identity.MintToken()));
    }
}
