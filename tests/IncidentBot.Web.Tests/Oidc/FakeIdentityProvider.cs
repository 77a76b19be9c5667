using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Web.Tests.Oidc;

/// <summary>
/// An OpenID provider on loopback, as much of one as the authorization code flow with PKCE needs: a discovery
/// document, its signing key (made here) as a JWKS, an authorize endpoint that signs <see cref="NextUser"/> in at once
/// and posts the code back (<c>form_post</c>) with the state it was given, and a token endpoint that gives the code's
/// id token only for the right client secret, redirect address and PKCE verifier. <see cref="Fault"/> makes it lie.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "incidentbot-tests";
    public const string ClientSecret = "client-secret-for-tests";
    private const string KeyId = "test-key-1";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _strangerKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new(StringComparer.Ordinal);

    private FakeIdentityProvider(WebApplication app) => _app = app;

    /// <summary>The issuer, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>Who the authorize endpoint signs in: a subject, a name and the values of their <c>roles</c> and <c>groups</c> claims.</summary>
    public FakeUser NextUser { get; set; } = new("u-1", "Pat Doe", [], []);

    public TokenFault Fault { get; set; }

    /// <summary>What each call of the token endpoint was answered, in order: <c>ok</c> or the OAuth error.</summary>
    public ConcurrentQueue<string> TokenAnswers { get; } = new();

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(provider.Discovery()));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { provider.Jwk() } }));
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenAsync);
        await app.StartAsync();
        provider.Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
        _strangerKey.Dispose();
    }

    private object Discovery() => new Dictionary<string, object>
    {
        ["issuer"] = Authority,
        ["authorization_endpoint"] = $"{Authority}/authorize",
        ["token_endpoint"] = $"{Authority}/token",
        ["jwks_uri"] = $"{Authority}/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query", "form_post" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["scopes_supported"] = new[] { "openid", "profile" },
    };

    private object Jwk()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) };
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["state"]) || string.IsNullOrEmpty(query["nonce"])
            || !(query["scope"].ToString().Split(' ').Contains("openid")))
        {
            return Results.BadRequest("not an authorization code request with PKCE, state and nonce");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _grants[code] = new Grant(NextUser, query["nonce"]!, query["code_challenge"]!, query["redirect_uri"]!);
        var form = new StringBuilder($"<!DOCTYPE html><html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{WebUtility.HtmlEncode(query["redirect_uri"])}\">");
        form.Append($"<input type=\"hidden\" name=\"code\" value=\"{code}\">");
        form.Append($"<input type=\"hidden\" name=\"state\" value=\"{WebUtility.HtmlEncode(query["state"])}\">");
        form.Append("</form></body></html>");
        return Results.Content(form.ToString(), "text/html");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        _grants.TryRemove(form["code"].ToString(), out var grant);
        var answer = form["grant_type"] != "authorization_code" ? "unsupported_grant_type"
            : form["client_id"] != ClientId || form["client_secret"] != ClientSecret ? "invalid_client"
            : grant is null || grant.RedirectUri != form["redirect_uri"] || grant.CodeChallenge != Challenge(form["code_verifier"].ToString()) ? "invalid_grant"
            : null;
        TokenAnswers.Enqueue(answer ?? "ok");
        return answer is not null || grant is null
            ? Results.Json(new { error = answer }, statusCode: StatusCodes.Status400BadRequest)
            : Results.Json(new { access_token = "opaque-access-token", token_type = "Bearer", expires_in = 3600, id_token = IdToken(grant) });
    }

    private string IdToken(Grant grant)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var key = new RsaSecurityKey(Fault == TokenFault.UnknownKey ? _strangerKey : _key) { KeyId = KeyId };
        var claims = new Dictionary<string, object>
        {
            ["sub"] = grant.User.Subject,
            ["name"] = grant.User.Name,
            ["nonce"] = Fault == TokenFault.WrongNonce ? "a-nonce-this-sign-in-never-sent" : grant.Nonce,
        };
        if (grant.User.Email is { } email)
        {
            claims["email"] = email;
        }

        if (grant.User.Roles.Count > 0)
        {
            claims["roles"] = grant.User.Roles.ToArray();
        }

        if (grant.User.Groups.Count > 0)
        {
            claims["groups"] = grant.User.Groups.ToArray();
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = Fault == TokenFault.WrongAudience ? "some-other-app" : ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private sealed record Grant(FakeUser User, string Nonce, string CodeChallenge, string RedirectUri);
}

/// <summary>A person the <see cref="FakeIdentityProvider"/> signs in.</summary>
public sealed record FakeUser(string Subject, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, string? Email = null);

/// <summary>How the <see cref="FakeIdentityProvider"/>'s next id token is wrong.</summary>
public enum TokenFault
{
    None,
    UnknownKey,
    WrongAudience,
    WrongNonce,
}
