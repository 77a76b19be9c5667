using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Graph;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>
/// A fake Microsoft Entra token endpoint on 127.0.0.1 (HTTPS with a certificate made on start: MSAL refuses an
/// authority that is not https): <c>POST /{tenant}/oauth2/v2.0/token</c> with client credentials, checked against
/// the app id, secret (or a client assertion signed by a certificate registered with
/// <see cref="TrustClientCertificate"/>), tenant and scope (<see cref="BotConnectorTokens.Scope"/> or
/// <see cref="GraphTokens.Scope"/>). It counts requests, issues opaque tokens for one scope each that live
/// <see cref="ExpiresIn"/> on its clock, and can revoke them; <see cref="FakeBotConnector"/> accepts only its Bot
/// Connector tokens, the fake Graph only its Graph ones. Point the bot at it with <see cref="Configure"/> and
/// <see cref="TrustCertificateIn"/>.
/// </summary>
public sealed class FakeTeamsTokenEndpoint : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string AppPassword = "fake-app-password";
    public const string TenantId = "00000000-0000-0000-0000-0000000000a1";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly X509Certificate2 _certificate;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset ExpiresAt, bool Revoked, string Scope)> _issued = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyDictionary<string, string>> _requests = [];
    private readonly Queue<int> _failures = new();
    private TaskCompletionSource? _hold;
    private X509Certificate2? _clientCertificate;

    private FakeTeamsTokenEndpoint(WebApplication app, TimeProvider time, X509Certificate2 certificate)
    {
        _app = app;
        _time = time;
        _certificate = certificate;
    }

    /// <summary><c>https://127.0.0.1:{port}/</c>: the <see cref="TeamsOptions.LoginUrl"/> to configure.</summary>
    public Uri LoginUrl { get; private set; } = new("https://127.0.0.1/");

    /// <summary>How long the tokens issued from now on live (<c>expires_in</c>), on the endpoint's clock.</summary>
    public TimeSpan ExpiresIn { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The form of every token request received (good or bad), in order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Every token issued, in order.</summary>
    public IReadOnlyList<string> IssuedTokens
    {
        get
        {
            lock (_gate)
            {
                return [.. _issued.Keys];
            }
        }
    }

    public static async Task<FakeTeamsTokenEndpoint> StartAsync(TimeProvider? timeProvider = null)
    {
        var certificate = LoopbackCertificate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new FakeTeamsTokenEndpoint(app, timeProvider ?? TimeProvider.System, certificate);
        app.MapPost("/{tenant}/oauth2/v2.0/token", (HttpContext context, string tenant) => endpoint.HandleAsync(context, tenant));
        await app.StartAsync().ConfigureAwait(false);
        endpoint.LoginUrl = new Uri(FakeServerAddress.Of(app).AbsoluteUri);
        return endpoint;
    }

    /// <summary>Sets the app registration and login URL of <paramref name="options"/> to this endpoint's.</summary>
    public void Configure(TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AppId = AppId;
        options.AppPassword = AppPassword;
        options.TenantId = TenantId;
        options.LoginUrl = LoginUrl;
    }

    /// <summary>Makes the connector's login HttpClient trust this endpoint's certificate (and no other).</summary>
    public void TrustCertificateIn(IServiceCollection services)
    {
        var thumbprint = _certificate.GetCertHashString(HashAlgorithmName.SHA256);
        services.AddHttpClient(BotConnectorHttpClients.Login).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint },
        });
    }

    /// <summary>
    /// Registers the app's certificate (public part): from now on a request may prove the app with a client assertion
    /// (RFC 7523, <c>client_assertion_type</c> jwt-bearer) signed by it, issued by and about the app id, for this endpoint.
    /// </summary>
    public void TrustClientCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        lock (_gate)
        {
            _clientCertificate = X509CertificateLoader.LoadCertificate(certificate.RawData);
        }
    }

    /// <summary>
    /// Whether <paramref name="token"/> was issued here for <paramref name="scope"/> (a token of another scope is
    /// unknown to the service it is sent to) and is neither expired (on the endpoint's clock) nor revoked.
    /// </summary>
    public FakeTokenState Check(string? token, string scope = BotConnectorTokens.Scope)
    {
        lock (_gate)
        {
            return token is null || !_issued.TryGetValue(token, out var issued) || issued.Scope != scope ? FakeTokenState.Unknown
                : issued.Revoked ? FakeTokenState.Revoked
                : _time.GetUtcNow() >= issued.ExpiresAt ? FakeTokenState.Expired
                : FakeTokenState.Valid;
        }
    }

    /// <summary>Revokes every token issued so far: the connector answers 401 to them, as to an expired token.</summary>
    public void RevokeAll()
    {
        lock (_gate)
        {
            foreach (var token in _issued.Keys.ToList())
            {
                _issued[token] = _issued[token] with { Revoked = true };
            }
        }
    }

    /// <summary>The next <paramref name="count"/> requests get <paramref name="statusCode"/> with an Entra error body.</summary>
    public void FailNext(int count, int statusCode = 503)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _failures.Enqueue(statusCode);
            }
        }
    }

    /// <summary>Holds every answer until <see cref="Release"/>, so a test can pile up callers while a request is out.</summary>
    public void Hold()
    {
        lock (_gate)
        {
            _hold ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _hold?.TrySetResult();
            _hold = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _certificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context, string tenant)
    {
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)
            : [];
        Task hold;
        int? failure;
        lock (_gate)
        {
            _requests.Add(form);
            hold = _hold?.Task ?? Task.CompletedTask;
            failure = _failures.TryDequeue(out var status) ? status : null;
        }

        await hold.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        var proven = form.GetValueOrDefault("client_secret") == AppPassword || await AssertionProvesAppAsync(form).ConfigureAwait(false);
        var refusal = failure is { } code ? (code, "temporarily_unavailable", "AADSTS90033: A transient error has occurred.") : Refusal(tenant, form, proven);
        if (refusal is { } refused)
        {
            await Answer(context, refused.Status, new JsonObject { ["error"] = refused.Error, ["error_description"] = refused.Description }).ConfigureAwait(false);
            return;
        }

        var scope = form["scope"];
        var token = $"fake-{(scope == GraphTokens.Scope ? "graph" : "bf")}-token-{Guid.NewGuid():N}";
        lock (_gate)
        {
            _issued[token] = (_time.GetUtcNow() + ExpiresIn, false, scope);
        }

        await Answer(context, 200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)ExpiresIn.TotalSeconds,
            ["ext_expires_in"] = (long)ExpiresIn.TotalSeconds,
            ["access_token"] = token,
        }).ConfigureAwait(false);
    }

    /// <summary>What Entra answers to a request it refuses (status, error, AADSTS description); null when the request is good.</summary>
    private static (int Status, string Error, string Description)? Refusal(string tenant, Dictionary<string, string> form, bool proven)
    {
        string? Field(string name) => form.TryGetValue(name, out var value) ? value : null;
        return (Field("grant_type"), Field("client_id"), proven, Field("scope")) switch
        {
            _ when tenant != TenantId => (400, "invalid_request", $"AADSTS90002: Tenant '{tenant}' not found."),
            (not "client_credentials", _, _, _) => (400, "unsupported_grant_type", "AADSTS70003: The app requested an unsupported grant type."),
            (_, not AppId, _, _) => (400, "unauthorized_client", $"AADSTS700016: Application with identifier '{Field("client_id")}' was not found in the directory."),
            (_, _, false, _) => (401, "invalid_client", "AADSTS7000215: Invalid client secret provided."),
            (_, _, _, not (BotConnectorTokens.Scope or GraphTokens.Scope)) => (400, "invalid_scope", $"AADSTS70011: The provided value for scope '{Field("scope")}' is not valid."),
            _ => null,
        };
    }

    /// <summary>A client assertion signed by the trusted client certificate, issued by and about the app, for a token endpoint.</summary>
    private async Task<bool> AssertionProvesAppAsync(Dictionary<string, string> form)
    {
        X509Certificate2? certificate;
        lock (_gate)
        {
            certificate = _clientCertificate;
        }

        if (certificate is null || form.GetValueOrDefault("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            || form.GetValueOrDefault("client_assertion") is not { Length: > 0 } assertion)
        {
            return false;
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = AppId,
            AudienceValidator = (audiences, _, _) => audiences.Any(a => a.EndsWith($"/{TenantId}/oauth2/v2.0/token", StringComparison.Ordinal)),
            IssuerSigningKey = new X509SecurityKey(certificate),
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        return result.IsValid && result.SecurityToken is JsonWebToken { Subject: AppId };
    }

    private static Task Answer(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private static X509Certificate2 LoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
