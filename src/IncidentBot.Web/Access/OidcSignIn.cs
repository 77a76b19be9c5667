using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IncidentBot.Web.Access;

/// <summary>
/// Signing in with the company's identity provider (<see cref="WebOidcOptions"/>): the authorization code flow with
/// PKCE, the answer posted back (<c>form_post</c>, so the code is in no address bar or log), state and nonce checked by
/// the handler, tokens never kept (the sign-in cookie holds only the name and the roles <see cref="OidcEvents"/> maps).
/// Sign-out is local only: ending the person's company-wide session from an incident bot would sign them out of
/// everything else in the middle of an incident, and the bot's own session is what guards the bot.
/// </summary>
public static class OidcSignIn
{
    public const string Scheme = "IncidentBot.Oidc";

    /// <summary>Where the sign-in page's "Sign in with …" link starts the flow.</summary>
    public const string ChallengePath = "/signin/oidc";

    internal static void Add(IServiceCollection services, AuthenticationBuilder authentication)
    {
        services.AddSingleton<OidcEvents>();
        authentication.AddOpenIdConnect(Scheme, _ => { });
        services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IOptions<WebOptions>, TimeProvider>((oidc, web, time) => Configure(oidc, web.Value.Oidc, time));
    }

    /// <summary>
    /// Starts the flow; back to <paramref name="returnUrl"/> (a local path) once signed in. Over plain http it would
    /// fail at the end for want of its cookies (they are <c>Secure</c>), so it says so at once.
    /// </summary>
    internal static async Task<IResult> ChallengeAsync(HttpContext http, string? returnUrl)
    {
        var schemes = http.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        if (await schemes.GetSchemeAsync(Scheme).ConfigureAwait(false) is null)
        {
            return Results.NotFound();
        }

        return http.Request.IsHttps
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = SignInPath.Back(returnUrl) }, [Scheme])
            : Results.Text(SignInOutcome.NeedsHttps().Problem + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }

    private static void Configure(OpenIdConnectOptions oidc, WebOidcOptions settings, TimeProvider time)
    {
        // A malformed authority never gets this far in use: WebOptionsValidator stops the start first.
        oidc.Authority = settings.Authority;
        oidc.RequireHttpsMetadata = !(Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority) && authority.IsLoopback);
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
        oidc.CallbackPath = settings.CallbackPath;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.FormPost;
        oidc.UsePkce = true;
        oidc.SaveTokens = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.MapInboundClaims = false;
        oidc.DisableTelemetry = true;
        oidc.SignInScheme = WebPolicies.CookieScheme;
        oidc.TimeProvider = time;
        foreach (var scope in settings.Scopes.Where(scope => !oidc.Scope.Contains(scope)))
        {
            oidc.Scope.Add(scope);
        }

        oidc.EventsType = typeof(OidcEvents);
    }
}
