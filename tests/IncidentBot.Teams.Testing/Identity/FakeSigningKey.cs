using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Testing.Identity;

/// <summary>
/// An RSA key of the tests' own, published by a <see cref="FakeKeySet"/> as a JWK with the Bot Framework's
/// non-standard <c>endorsements</c> member (the channels it may sign for), or without it as Entra publishes keys.
/// </summary>
public sealed class FakeSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public FakeSigningKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    /// <summary>The channels the key is endorsed for; null publishes the key without an <c>endorsements</c> member.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public SigningCredentials Credentials(string algorithm) => new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, algorithm);

    /// <summary>The key as its JWKS publishes it: public parts only.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
