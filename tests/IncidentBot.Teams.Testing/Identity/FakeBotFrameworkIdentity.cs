using IncidentBot.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Teams.Testing.Identity;

/// <summary>
/// Microsoft's side of inbound Teams authentication on 127.0.0.1 (Kestrel, a free port): the Bot Framework's OpenID
/// metadata (<c>/v1/.well-known/openidconfiguration</c>) and keys (<c>/v1/.well-known/keys</c>, each with
/// <c>endorsements</c>), and the bot's Entra tenant's (<c>/{tenantId}/v2.0/.well-known/openid-configuration</c>,
/// <c>/{tenantId}/discovery/v2.0/keys</c>), served from the tests' own RSA keys; and a minter of tokens signed with
/// them (<see cref="MintToken"/>, <see cref="MintEntraToken"/>). <see cref="ApplyTo"/> points a bot's
/// <see cref="TeamsOptions"/> here. Token times come from the <see cref="TimeProvider"/> it was started with.
/// </summary>
public sealed partial class FakeBotFrameworkIdentity : IAsyncDisposable
{
    /// <summary>The bot's app id, the audience of the tokens minted by default.</summary>
    public const string DefaultAppId = "8c0d3f5e-4a7b-4c1e-9f2a-6b5d7e8f9a01";

    /// <summary>The bot's own Entra tenant.</summary>
    public const string DefaultTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>The <c>appid</c> claim of minted Bot Framework tokens: a stand-in for the connector's app id.</summary>
    public const string ConnectorAppId = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    /// <summary>A Teams service URL as Teams sends it (with the trailing <c>/</c>).</summary>
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/amer/";

    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly WebApplication _app;

    private FakeBotFrameworkIdentity(WebApplication app, TimeProvider time, string appId, string tenantId)
    {
        _app = app;
        _time = time;
        AppId = appId;
        TenantId = tenantId;
        BotFramework = new FakeKeySet(BotFrameworkIssuer, new Uri("https://invalid.botframework.com"), "bf-key", ["msteams"]);
        Tenant = new FakeKeySet(
            EntraV2Issuer(tenantId),
            new Uri($"https://login.microsoftonline.com/{tenantId}/oauth2/v2.0/authorize"),
            "entra-key",
            defaultEndorsements: null);
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What <see cref="TeamsOptions.OpenIdMetadataUrl"/> must be.</summary>
    public Uri OpenIdMetadataUrl => new(BaseAddress, "v1/.well-known/openidconfiguration");

    /// <summary>What <see cref="TeamsOptions.LoginUrl"/> must be for the tenant's metadata to be found here.</summary>
    public Uri LoginUrl => BaseAddress;

    public string AppId { get; }

    public string TenantId { get; }

    /// <summary>The Bot Framework's keys (endorsed for <c>msteams</c>).</summary>
    public FakeKeySet BotFramework { get; }

    /// <summary>The bot's Entra tenant's keys (no endorsements, as Entra's).</summary>
    public FakeKeySet Tenant { get; }

    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    public static async Task<FakeBotFrameworkIdentity> StartAsync(TimeProvider? time = null, string appId = DefaultAppId, string tenantId = DefaultTenantId)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var identity = new FakeBotFrameworkIdentity(app, time ?? TimeProvider.System, appId, tenantId);
        var bf = identity.BotFramework;
        app.MapGet("/v1/.well-known/openidconfiguration", () => Serve(bf, bf.MetadataJson(new Uri(identity.BaseAddress, "v1/.well-known/keys"))));
        app.MapGet("/v1/.well-known/keys", () => Serve(bf, bf.KeysJson()));
        app.MapGet("/{tenantId}/v2.0/.well-known/openid-configuration", (string tenantId) => identity.IsOwnTenant(tenantId)
            ? Serve(identity.Tenant, identity.Tenant.MetadataJson(new Uri(identity.BaseAddress, $"{tenantId}/discovery/v2.0/keys")))
            : Results.NotFound());
        app.MapGet("/{tenantId}/discovery/v2.0/keys", (string tenantId) => identity.IsOwnTenant(tenantId) ? Serve(identity.Tenant, identity.Tenant.KeysJson()) : Results.NotFound());
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        identity.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return identity;
    }

    /// <summary>Points the bot here: its app id, tenant, metadata URL and login URL.</summary>
    public void ApplyTo(TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AppId = AppId;
        options.TenantId = TenantId;
        options.OpenIdMetadataUrl = OpenIdMetadataUrl;
        options.LoginUrl = LoginUrl;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        BotFramework.Dispose();
        Tenant.Dispose();
    }

    private bool IsOwnTenant(string tenantId) => string.Equals(tenantId, TenantId, StringComparison.OrdinalIgnoreCase);

    private static IResult Serve(FakeKeySet keys, string json) =>
        keys.IsUnavailable ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Content(json, "application/json");
}
