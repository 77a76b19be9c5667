using System.Security.Cryptography;
using System.Text;
using IncidentBot.Teams.Testing.Identity;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Tests.Auth;

/// <summary>The forgery matrix for Bot Framework tokens: each way a request can fail to prove it comes from Teams.</summary>
public sealed class TeamsRequestAuthenticatorTests : IAsyncLifetime
{
    private AuthHarness _auth = null!;

    private FakeBotFrameworkIdentity Identity => _auth.Identity;

    private DateTimeOffset Now => _auth.Time.GetUtcNow();

    public async Task InitializeAsync() => _auth = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _auth.DisposeAsync();

    [Fact]
    public async Task AuthenticateAsync_BotFrameworkToken_AcceptedWithTheCallersClaims()
    {
        var caller = AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(Identity.MintToken()));

        Assert.Equal(FakeBotFrameworkIdentity.ConnectorAppId, caller.AppId);
        Assert.Equal(AuthHarness.ServiceUrl, caller.ServiceUrl);
        Assert.Equal("https://api.botframework.com", caller.Issuer);
        Assert.False(caller.IsLocalClient);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task AuthenticateAsync_NoAuthorization_Unauthorized(string? authorization) =>
        AuthAssert.Refused(await _auth.AuthenticateAsync(authorization), 401, "no Authorization");

    [Fact]
    public async Task AuthenticateAsync_TokenWithoutBearerScheme_Unauthorized()
    {
        var token = Identity.MintToken();

        AuthAssert.Refused(await _auth.AuthenticateAsync(token), 401, "not a Bearer");
        AuthAssert.Refused(await _auth.AuthenticateAsync("Basic " + token), 401, "not a Bearer");
    }

    [Fact]
    public async Task AuthenticateAsync_LowercaseBearerScheme_Accepted() =>
        AuthAssert.Accepted(await _auth.AuthenticateAsync("bearer " + Identity.MintToken()));

    [Theory]
    [InlineData("Bearer ")]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    public async Task AuthenticateAsync_GarbledToken_Unauthorized(string authorization) =>
        AuthAssert.Refused(await _auth.AuthenticateAsync(authorization), 401, "not a JWT");

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Unauthorized()
    {
        var token = Identity.MintToken(notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-5).AddSeconds(-1));

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(token), 401, "expired");
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_Accepted()
    {
        var token = Identity.MintToken(notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-4).AddSeconds(-59));

        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(token));
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondSkew_Unauthorized()
    {
        var token = Identity.MintToken(notBefore: Now.AddMinutes(5).AddSeconds(1));

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(token), 401, "not valid yet");
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidWithinSkew_Accepted()
    {
        var token = Identity.MintToken(notBefore: Now.AddMinutes(4).AddSeconds(59));

        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(token));
    }

    [Fact]
    public async Task AuthenticateAsync_TokenValidByTheSystemClockOnly_UnauthorizedByTheInjectedClock()
    {
        var systemNow = TimeProvider.System.GetUtcNow();
        var token = Identity.MintToken(notBefore: systemNow, expires: systemNow.AddHours(1));

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(token), 401, "expired");
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Unauthorized()
    {
        var token = Identity.MintToken(audience: "3f1b2c4d-0000-4000-8000-000000000000");

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(token), 401, "audience");
    }

    [Theory]
    [InlineData("api://botid-{0}")]
    [InlineData("api://{0}")]
    public async Task AuthenticateAsync_TeamsSdkAudienceForms_Accepted(string audience)
    {
        var token = Identity.MintToken(audience: string.Format(System.Globalization.CultureInfo.InvariantCulture, audience, Identity.AppId));

        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(token));
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://api.botframework.evil")]
    [InlineData("https://sts.windows.net/a-tenant-that-is-not-ours/")]
    public async Task AuthenticateAsync_WrongIssuer_Unauthorized(string issuer)
    {
        var token = Identity.MintToken(issuer: issuer);

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(token), 401, "issuer");
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotPublished_Unauthorized()
    {
        using var forged = new FakeSigningKey(Identity.BotFramework.Current.KeyId + "-forged", ["msteams"]);

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintToken(key: forged)), 401, "not published");
    }

    [Fact]
    public async Task AuthenticateAsync_ForgedKeyWithThePublishedKeysId_Unauthorized()
    {
        using var forged = new FakeSigningKey(Identity.BotFramework.Current.KeyId, ["msteams"]);

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintToken(key: forged)), 401, "signature");
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndorsedForAnotherChannel_Forbidden()
    {
        var key = Identity.BotFramework.CreateKey(["skype", "webchat"]);
        Identity.BotFramework.Publish(key);

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintToken(key: key)), 403, "endorsed");
    }

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_Forbidden()
    {
        var key = Identity.BotFramework.CreateKey(endorsements: null);
        Identity.BotFramework.Publish(key);

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintToken(key: key)), 403, "endorsed");
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("MSTEAMS")]
    [InlineData(null)]
    public async Task AuthenticateAsync_ActivityFromAChannelTheKeyIsNotEndorsedFor_Forbidden(string? channelId) =>
        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintToken(), channelId), 403, "endorsed");

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/")]
    [InlineData("https://evil.example/amer/")]
    [InlineData(null)]
    public async Task AuthenticateAsync_ActivityServiceUrlNotTheTokens_Unauthorized(string? serviceUrl) =>
        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintToken(), serviceUrl: serviceUrl), 401, "serviceurl");

    [Fact]
    public async Task AuthenticateAsync_TokenWithoutServiceUrlClaim_Unauthorized() =>
        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintToken(serviceUrl: null)), 401, "serviceurl");

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("HTTPS://SMBA.TrafficManager.net/AMER/")]
    [InlineData("https://smba.trafficmanager.net/amer//")]
    public async Task AuthenticateAsync_ServiceUrlDifferingInCaseOrTrailingSlash_Accepted(string activityServiceUrl)
    {
        var caller = AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(Identity.MintToken(), serviceUrl: activityServiceUrl));

        Assert.Equal(AuthHarness.ServiceUrl, caller.ServiceUrl);
    }

    [Fact]
    public async Task AuthenticateAsync_PayloadTampered_Unauthorized()
    {
        var parts = Identity.MintToken().Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("smba.trafficmanager.net/amer/", "evil.example/amer/", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(tampered, serviceUrl: "https://evil.example/amer/"), 401, "signature");
    }

    [Fact]
    public async Task AuthenticateAsync_SignatureTampered_Unauthorized()
    {
        var parts = Identity.MintToken().Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[10] ^= 0x01;
        var tampered = $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(tampered), 401, "signature");
    }

    [Fact]
    public async Task AuthenticateAsync_SignatureStripped_Unauthorized()
    {
        var parts = Identity.MintToken().Split('.');

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync($"{parts[0]}.{parts[1]}."), 401, "signature");
    }

    [Fact]
    public async Task AuthenticateAsync_AlgNone_Unauthorized()
    {
        var payload = Identity.MintToken().Split('.')[1];
        var header = Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"JWT","kid":"{{Identity.BotFramework.Current.KeyId}}"}""");

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync($"{header}.{payload}."), 401, "algorithm");
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256SignedWithThePublicKey_Unauthorized()
    {
        var jwk = Identity.BotFramework.Current.ToJwk();
        var payload = Identity.MintToken().Split('.')[1];
        var header = Base64UrlEncoder.Encode($$"""{"alg":"HS256","typ":"JWT","kid":"{{jwk["kid"]}}"}""");
        var mac = HMACSHA256.HashData(Base64UrlEncoder.DecodeBytes((string)jwk["n"]), Encoding.ASCII.GetBytes($"{header}.{payload}"));

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync($"{header}.{payload}.{Base64UrlEncoder.Encode(mac)}"), 401, "algorithm");
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateAsync_Rs384OrRs512_Accepted(string algorithm) =>
        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(Identity.MintToken(algorithm: algorithm)));

    [Fact]
    public async Task AuthenticateAsync_RsaPss_Unauthorized() =>
        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(Identity.MintToken(algorithm: SecurityAlgorithms.RsaSsaPssSha256)), 401, "algorithm");

    [Fact]
    public async Task AuthenticateAsync_Refused_ReasonNeverQuotesTheToken()
    {
        var token = Identity.MintToken(audience: "someone-else");

        var result = await _auth.AuthenticateBearerAsync(token);

        Assert.False(result.IsAccepted);
        foreach (var part in token.Split('.'))
        {
            Assert.DoesNotContain(part, result.Reason, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("someone-else", result.Reason, StringComparison.Ordinal);
    }
}
