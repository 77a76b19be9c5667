using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web.Access;

/// <summary>
/// What the bot does with an identity provider's answer. A validated id token becomes a principal with the name and
/// the <see cref="WebRoles"/> its role claim values map to (<see cref="OidcRoleMap"/>), nothing else of the
/// provider's; none mapped, nobody is signed in and the page says which values came and which keys grant roles. A
/// token that fails validation (signature, audience, issuer, nonce, state) signs nobody in either; the log says why.
/// </summary>
public sealed partial class OidcEvents(IOptions<WebOptions> options, ILogger<OidcEvents> logger) : OpenIdConnectEvents
{
    private const int MaxValuesShown = 20;

    private static readonly string[] NameClaims = ["name", "preferred_username", "email", "sub"];

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var oidc = options.Value.Oidc;
        var principal = context.Principal ?? new ClaimsPrincipal();
        var name = NameClaims.Select(type => principal.FindFirst(type)?.Value).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value)) ?? "unknown";
        var values = principal.FindAll(oidc.RoleClaim).Select(claim => claim.Value).Distinct(StringComparer.Ordinal).ToList();
        var roles = OidcRoleMap.RolesFor(values, oidc.Roles);
        if (roles.Count == 0)
        {
            LogUnmapped(name, oidc.RoleClaim, string.Join(", ", values));
            context.HandleResponse();
            await WebAccessResultHandler.RefuseAsync(context.HttpContext, StatusCodes.Status403Forbidden, NoRoleLine(name, oidc, values)).ConfigureAwait(false);
            return;
        }

        var subject = principal.FindFirst("sub")?.Value ?? name;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.NameIdentifier, subject), .. roles.Select(role => new Claim(ClaimTypes.Role, role))],
            OidcSignIn.Scheme);

        // Kept so a report's approver is shown as the person of People with that Email (Approver).
        if (principal.FindFirst("email")?.Value is { Length: > 0 } email)
        {
            identity.AddClaim(new Claim(ClaimTypes.Email, email));
        }

        context.Principal = new ClaimsPrincipal(identity);
        LogSignedIn(name, string.Join(", ", roles));
    }

    /// <summary>
    /// Signs in and answers with a page that moves on to where the person was going, instead of a redirect: the
    /// provider's post back is a cross-site navigation, and a redirect continuing it would arrive without the
    /// SameSite=Strict sign-in cookie; a page of this site moving on is a same-site navigation that carries it.
    /// </summary>
    public override async Task TicketReceived(TicketReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.HttpContext.SignInAsync(WebPolicies.CookieScheme, context.Principal!, context.Properties).ConfigureAwait(false);
        context.HandleResponse();
        var back = HtmlEncoder.Default.Encode(SignInPath.Back(context.ReturnUri));
        var response = context.HttpContext.Response;
        SecurityHeadersFilter.Apply(response);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url={back}\">"
            + $"<title>Signed in · IncidentBot</title></head><body><p>Signed in. <a href=\"{back}\">Continue</a></p></body></html>",
            context.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        LogFailed(context.Failure);
        context.HandleResponse();
        await WebAccessResultHandler.RefuseAsync(
            context.HttpContext,
            StatusCodes.Status401Unauthorized,
            $"Signing in with {options.Value.Oidc.DisplayName} failed, so nobody was signed in; try again from {SignInPath.Path}. The bot's log says why.").ConfigureAwait(false);
    }

    internal static string NoRoleLine(string name, WebOidcOptions oidc, IReadOnlyList<string> values)
    {
        var seen = values.Count == 0
            ? $"the id token has no '{oidc.RoleClaim}' claim"
            : $"its '{oidc.RoleClaim}' values are: {string.Join(", ", values.Take(MaxValuesShown))}{(values.Count > MaxValuesShown ? string.Create(CultureInfo.InvariantCulture, $" (and {values.Count - MaxValuesShown} more)") : "")}";
        return $"{oidc.DisplayName} signed you in as {name}, but none of your claims grants a role here, so you have no access ({seen}). "
            + "Ask the bot's admin to list one of them under Web:Oidc:Roles:Viewer, Web:Oidc:Roles:Responder or Web:Oidc:Roles:Manager"
            + " (or set Web:Oidc:RoleClaim to the claim that carries your groups or app roles).";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Name}'s sign-in: no value of the {RoleClaim} claim ({Values}) is mapped in Web:Oidc:Roles")]
    private partial void LogUnmapped(string name, string roleClaim, string values);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name} signed in with the identity provider as {Roles}")]
    private partial void LogSignedIn(string name, string roles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in with the identity provider failed; nobody was signed in")]
    private partial void LogFailed(Exception? failure);
}
