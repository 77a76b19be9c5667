using IncidentBot.Web.Access;
using IncidentBot.Web.Incidents;
using IncidentBot.Web.Metrics;
using IncidentBot.Web.Playground;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace IncidentBot.Web;

/// <summary>
/// Wires the web face: <c>Web:*</c> options validated at start, Razor Pages behind the <see cref="WebPolicies"/>, the
/// sign-in cookie, OpenID Connect sign-in when <c>Web:Oidc</c> is set (<see cref="OidcSignIn"/>) and the access rules
/// (<see cref="WebRoleRequirement"/>, <see cref="WebAccessResultHandler"/>).
/// Map it with <see cref="WebFaceEndpointRouteBuilderExtensions.MapWebFace"/>. The playground's pages exist when the host
/// registers an <see cref="IPlaygroundWorkspace"/>, and are then what <c>/</c> shows.
/// </summary>
public static class WebFaceServiceCollectionExtensions
{
    public static IServiceCollection AddWebFace(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AdminSignIn>();
        services.AddScoped<IncidentReader>();
        // By a factory: the workspace it reads is registered only on the local platform, and then only the playground's pages ask for it.
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<PlaygroundReader>(sp));
        services.AddScoped<MetricsReader>();

        var authentication = services.AddAuthentication(WebPolicies.CookieScheme).AddCookie(WebPolicies.CookieScheme, cookie =>
        {
            // __Host-: only ever set over HTTPS, for this host and every path, so no other site or subdomain can plant it.
            cookie.Cookie.Name = "__Host-IncidentBot";
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInPath.Path;
        });

        // Read here, before the options exist, because a scheme is registered or not: an OpenID Connect handler without
        // its settings would fail every request. The same values are bound and validated with the rest of Web.
        if (new WebOidcOptions { Authority = configuration[$"{WebOidcOptions.SectionPath}:{nameof(WebOidcOptions.Authority)}"] }.IsConfigured)
        {
            OidcSignIn.Add(services, authentication);
        }

        services.AddOptions<CookieAuthenticationOptions>(WebPolicies.CookieScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) => cookie.ExpireTimeSpan = web.Value.SessionLifetime);
        services.AddAuthorization(WebPolicies.Add);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, WebAccessResultHandler>();

        services.AddRazorPages(pages =>
        {
            // Every page needs at least the viewer's role (a direct local request has it); only signing in does not.
            pages.Conventions.AuthorizeFolder("/", WebPolicies.Read);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.ConfigureFilter(new SecurityHeadersFilter());
        }).AddApplicationPart(typeof(WebFaceServiceCollectionExtensions).Assembly);

        // Decided once the host's services are all registered: the local platform's module registers the playground's workspace.
        services.AddOptions<RazorPagesOptions>().Configure<IServiceProviderIsService>(
            (pages, registered) => pages.Conventions.Add(new PlaygroundPageConvention(registered.IsService(typeof(IPlaygroundWorkspace)))));

        // Pages show names and text in any script as they are: markup characters are still encoded, letters are not.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
