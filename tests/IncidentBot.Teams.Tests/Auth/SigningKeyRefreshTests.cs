using IncidentBot.Teams.Auth;

namespace IncidentBot.Teams.Tests.Auth;

/// <summary>The Bot Framework's metadata and keys: fetched once, again on a key rollover, and not more often than every five minutes.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private AuthHarness _auth = null!;

    public async Task InitializeAsync() => _auth = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _auth.DisposeAsync();

    [Fact]
    public async Task AuthenticateAsync_ManyRequests_MetadataAndKeysFetchedOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken()));
            _auth.Time.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(1, _auth.Identity.BotFramework.MetadataRequests);
        Assert.Equal(1, _auth.Identity.BotFramework.KeysRequests);
        Assert.Equal(0, _auth.Identity.Tenant.MetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRolledOver_NewKeyFetchedAndAccepted()
    {
        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken()));
        var old = _auth.Identity.BotFramework.Current;

        _auth.Identity.BotFramework.RollOver();

        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken()));
        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken(key: old)));
        Assert.Equal(2, _auth.Identity.BotFramework.KeysRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeys_RefetchedAtMostEveryFiveMinutes()
    {
        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken()));
        var unpublished = _auth.Identity.BotFramework.CreateKey();

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken(key: unpublished)), 401, "not published");
        Assert.Equal(2, _auth.Identity.BotFramework.KeysRequests);

        _auth.Identity.BotFramework.Publish(unpublished);
        _auth.Time.Advance(SigningKeySource.MinimumRefreshInterval - TimeSpan.FromSeconds(1));
        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken(key: unpublished)), 401, "not published");
        Assert.Equal(2, _auth.Identity.BotFramework.KeysRequests);

        _auth.Time.Advance(TimeSpan.FromSeconds(1));
        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken(key: unpublished)));
        Assert.Equal(3, _auth.Identity.BotFramework.KeysRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_ConcurrentTokensWithANewKey_OneRefetch()
    {
        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken()));
        _auth.Identity.BotFramework.RollOver();
        var token = _auth.Identity.MintToken();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _auth.AuthenticateBearerAsync(token)));

        Assert.All(results, result => AuthAssert.Accepted(result));
        Assert.Equal(2, _auth.Identity.BotFramework.KeysRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_RefetchFails_CachedKeysStillUsed()
    {
        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken()));
        _auth.Identity.BotFramework.IsUnavailable = true;
        var unpublished = _auth.Identity.BotFramework.CreateKey();

        AuthAssert.Refused(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken(key: unpublished)), 401, "not published");

        Assert.True(_auth.Identity.BotFramework.MetadataRequests > 1, "the metadata was not fetched again");
        AuthAssert.Accepted(await _auth.AuthenticateBearerAsync(_auth.Identity.MintToken()));
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_ServiceUnavailable()
    {
        await using var auth = await AuthHarness.StartAsync(options => options.OpenIdMetadataUrl = new Uri(options.OpenIdMetadataUrl, "/missing/openidconfiguration"));

        AuthAssert.Refused(await auth.AuthenticateBearerAsync(auth.Identity.MintToken()), 503, "could not be fetched");
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataOverPlainHttpToANonLoopbackHost_NeverFetched()
    {
        await using var auth = await AuthHarness.StartAsync(options => options.OpenIdMetadataUrl = new Uri("http://login.botframework.invalid/v1/.well-known/openidconfiguration"));

        AuthAssert.Refused(await auth.AuthenticateBearerAsync(auth.Identity.MintToken()), 503, "could not be fetched");
    }
}
