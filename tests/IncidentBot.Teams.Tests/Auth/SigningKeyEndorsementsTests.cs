using IncidentBot.Teams.Auth;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Tests.Auth;

/// <summary>Where Microsoft.IdentityModel puts the non-standard <c>endorsements</c> JWK member, read from a JWKS as published.</summary>
public sealed class SigningKeyEndorsementsTests
{
    private const string Jwks = """
        {"keys":[
          {"kty":"RSA","use":"sig","kid":"teams","n":"sXch","e":"AQAB","endorsements":["msteams","skype"]},
          {"kty":"RSA","use":"sig","kid":"bare","n":"sXch","e":"AQAB"},
          {"kty":"RSA","use":"sig","kid":"scalar","n":"sXch","e":"AQAB","endorsements":"msteams"},
          {"kty":"RSA","use":"sig","kid":"mixed","n":"sXch","e":"AQAB","endorsements":[1,{"msteams":true},null]}
        ]}
        """;

    private static JsonWebKey Key(string keyId) => new JsonWebKeySet(Jwks).Keys.Single(key => key.KeyId == keyId);

    [Fact]
    public void Endorses_KeyListingTheChannel_True()
    {
        Assert.True(SigningKeyEndorsements.Endorses(Key("teams"), "msteams"));
        Assert.True(SigningKeyEndorsements.Endorses(Key("teams"), "skype"));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("MSTeams")]
    [InlineData("")]
    [InlineData(null)]
    public void Endorses_ChannelNotListed_False(string? channelId) =>
        Assert.False(SigningKeyEndorsements.Endorses(Key("teams"), channelId));

    [Theory]
    [InlineData("bare")]
    [InlineData("scalar")]
    [InlineData("mixed")]
    public void Endorses_KeyWithoutAListOfChannels_False(string keyId) =>
        Assert.False(SigningKeyEndorsements.Endorses(Key(keyId), "msteams"));
}
