using System.Text.Json;
using IncidentBot.Teams.Testing.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace IncidentBot.Teams.Tests.Auth;

/// <summary>The fake publishes and mints what Microsoft's documented examples show (Fixtures/Auth).</summary>
public sealed class FakeIdentityFidelityTests : IAsyncLifetime
{
    private FakeBotFrameworkIdentity _identity = null!;

    public async Task InitializeAsync() => _identity = await FakeBotFrameworkIdentity.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    private static JsonElement Fixture(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Auth", name))).RootElement;

    [Fact]
    public async Task OpenIdMetadata_HasEveryMemberOfMicrosoftsExample()
    {
        var example = Fixture("openid_metadata_example.json");
        using var http = new HttpClient();

        var served = JsonDocument.Parse(await http.GetStringAsync(_identity.OpenIdMetadataUrl)).RootElement;

        foreach (var member in example.EnumerateObject())
        {
            Assert.True(served.TryGetProperty(member.Name, out var value), $"{member.Name} is missing");
            Assert.Equal(member.Value.ValueKind, value.ValueKind);
        }

        Assert.Equal(example.GetProperty("issuer").GetString(), served.GetProperty("issuer").GetString());
        Assert.Equal(Strings(example, "id_token_signing_alg_values_supported"), Strings(served, "id_token_signing_alg_values_supported"));
        Assert.EndsWith("/v1/.well-known/keys", served.GetProperty("jwks_uri").GetString(), StringComparison.Ordinal);
        Assert.Equal("/v1/.well-known/openidconfiguration", _identity.OpenIdMetadataUrl.AbsolutePath);
    }

    private static string?[] Strings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(item => item.GetString()).ToArray();

    [Fact]
    public async Task Keys_PublishedWithMsteamsEndorsement()
    {
        using var http = new HttpClient();
        var metadata = JsonDocument.Parse(await http.GetStringAsync(_identity.OpenIdMetadataUrl)).RootElement;

        var keys = JsonDocument.Parse(await http.GetStringAsync(metadata.GetProperty("jwks_uri").GetString())).RootElement.GetProperty("keys");

        var key = Assert.Single(keys.EnumerateArray());
        Assert.Equal(_identity.BotFramework.Current.KeyId, key.GetProperty("kid").GetString());
        Assert.Equal("msteams", Assert.Single(key.GetProperty("endorsements").EnumerateArray()).GetString());
        Assert.False(key.TryGetProperty("d", out _), "the private exponent is published");
    }

    [Fact]
    public void MintToken_HasTheHeaderAndClaimsOfMicrosoftsExample()
    {
        var example = Fixture("jwt_claims_connector_to_bot_example.json");

        var token = new JsonWebToken(_identity.MintToken());

        Assert.Equal(example.GetProperty("header").GetProperty("alg").GetString(), token.Alg);
        Assert.Equal(_identity.BotFramework.Current.KeyId, token.Kid);
        foreach (var claim in example.GetProperty("payload").EnumerateObject())
        {
            Assert.True(token.TryGetPayloadValue<object>(claim.Name, out _), $"claim {claim.Name} is missing");
        }

        Assert.Equal(example.GetProperty("payload").GetProperty("iss").GetString(), token.Issuer);
        Assert.Equal(FakeBotFrameworkIdentity.DefaultServiceUrl, token.GetPayloadValue<string>("serviceurl"));
    }
}
