using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IncidentBot.Tests.Host;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IncidentBot.Web.Tests.Oidc;

/// <summary>
/// Signing in with the identity provider in real Chromium, as someone on another machine would: the bot on HTTPS under
/// a name of its own (<c>bot.test</c>, mapped to loopback, so the request is not the operator's), the provider on
/// another site. What only a browser shows: the SameSite=Strict sign-in cookie arrives on the page the person wanted
/// after the provider's cross-site post back.
/// </summary>
public sealed class OidcBrowserTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly BotFactory _bot = new();
    private FakeIdentityProvider? _idp;

    [BrowserFact]
    public async Task SignIn_WithTheProvider_LandsSignedInOnThePageAskedFor()
    {
        var idp = _idp!;
        idp.NextUser = new FakeUser("u-42", "Pat Doe", ["IncidentBot.Responder"], []);
        await Seed.FullIncidentAsync(_bot.Services);
        var port = new Uri(_bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--host-resolver-rules=MAP bot.test 127.0.0.1"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Timeout.TotalMilliseconds);

        await page.GotoAsync($"https://bot.test:{port}/incidents/1");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Sign in with Contoso" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("INC-1 · Checkout returns HTTP 500");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Signed in as Pat Doe");
        Assert.Equal($"https://bot.test:{port}/incidents/1", page.Url);
        Assert.Equal(["ok"], idp.TokenAnswers);
    }

    public async Task InitializeAsync()
    {
        _idp = await FakeIdentityProvider.StartAsync();
        _bot.Settings["Web:Oidc:Authority"] = _idp.Authority;
        _bot.Settings["Web:Oidc:ClientId"] = FakeIdentityProvider.ClientId;
        _bot.Settings["Web:Oidc:ClientSecret"] = FakeIdentityProvider.ClientSecret;
        _bot.Settings["Web:Oidc:DisplayName"] = "Contoso";
        _bot.Settings["Web:Oidc:Roles:Responder:0"] = "IncidentBot.Responder";
        var certificate = SelfSigned("bot.test");
        _bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = certificate })));
        _bot.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        if (_idp is not null)
        {
            await _idp.DisposeAsync();
        }
    }

    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(name);
        request.CertificateExtensions.Add(names.Build());
        var now = TimeProvider.System.GetUtcNow();
        using var made = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }
}
