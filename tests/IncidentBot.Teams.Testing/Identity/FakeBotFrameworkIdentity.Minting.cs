using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Testing.Identity;

/// <summary>Tokens as the Bot Framework (or the bot's Entra tenant) sends them to <c>/api/messages</c>.</summary>
public sealed partial class FakeBotFrameworkIdentity
{
    /// <summary>How long a minted token lives by default (the Bot Framework's last about an hour).</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>
    /// A Bot Framework token, by default valid now for an hour, for <see cref="AppId"/>, with claims as Microsoft's
    /// example (<c>iss</c>, <c>aud</c>, <c>serviceurl</c>, <c>nbf</c>, <c>exp</c>) plus <c>appid</c>, signed with
    /// <see cref="BotFramework"/>'s current key. <paramref name="claims"/> are added last; a null value removes one.
    /// </summary>
    public string MintToken(
        string? serviceUrl = DefaultServiceUrl,
        string? audience = null,
        string issuer = BotFrameworkIssuer,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        FakeSigningKey? key = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        IReadOnlyDictionary<string, object?>? claims = null)
    {
        var payload = new Dictionary<string, object?> { ["appid"] = ConnectorAppId, ["serviceurl"] = serviceUrl };
        return Mint(issuer, audience ?? AppId, notBefore, expires, key ?? BotFramework.Current, algorithm, Merge(payload, claims));
    }

    /// <summary>
    /// A token issued by an Entra tenant (by default the bot's own, v2 issuer, <c>azp</c> = the connector) signed with
    /// <see cref="Tenant"/>'s current key; with <paramref name="v1"/> the <c>sts.windows.net</c> issuer and <c>appid</c>.
    /// </summary>
    public string MintEntraToken(
        string? serviceUrl = DefaultServiceUrl,
        string? tenantId = null,
        bool v1 = false,
        string? audience = null,
        FakeSigningKey? key = null,
        IReadOnlyDictionary<string, object?>? claims = null)
    {
        var tenant = tenantId ?? TenantId;
        var payload = new Dictionary<string, object?>
        {
            [v1 ? "appid" : "azp"] = ConnectorAppId,
            ["tid"] = tenant,
            ["ver"] = v1 ? "1.0" : "2.0",
            ["serviceurl"] = serviceUrl,
        };
        var issuer = v1 ? EntraV1Issuer(tenant) : EntraV2Issuer(tenant);
        return Mint(issuer, audience ?? AppId, null, null, key ?? Tenant.Current, SecurityAlgorithms.RsaSha256, Merge(payload, claims));
    }

    private string Mint(string issuer, string audience, DateTimeOffset? notBefore, DateTimeOffset? expires, FakeSigningKey key, string algorithm, Dictionary<string, object> claims)
    {
        var now = _time.GetUtcNow();
        var from = notBefore ?? now;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = from.UtcDateTime,
            Expires = (expires ?? from + DefaultLifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials(algorithm),
        });
    }

    private static Dictionary<string, object> Merge(Dictionary<string, object?> payload, IReadOnlyDictionary<string, object?>? overrides)
    {
        foreach (var (name, value) in overrides ?? new Dictionary<string, object?>())
        {
            payload[name] = value;
        }

        return payload.Where(claim => claim.Value is not null).ToDictionary(claim => claim.Key, claim => claim.Value!);
    }
}
