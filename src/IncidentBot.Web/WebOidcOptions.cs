namespace IncidentBot.Web;

/// <summary>
/// The <c>Web:Oidc</c> section: signing in with the company's identity provider over OpenID Connect (authorization
/// code flow with PKCE). The provider's claims grant the web face's roles only through <see cref="Roles"/>: someone the
/// provider knows but none of whose <see cref="RoleClaim"/> values is listed there gets no access at all.
/// </summary>
public sealed class WebOidcOptions
{
    public const string SectionPath = "Web:Oidc";

    /// <summary>The provider's issuer address, where <c>.well-known/openid-configuration</c> is; https unless on loopback.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret, when the provider registered the bot as a confidential client (Entra ID's web apps are).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The path of the bot the provider sends people back to; register <c>https://&lt;bot&gt;&lt;CallbackPath&gt;</c> with it.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The claim of the id token whose values <see cref="Roles"/> maps: <c>roles</c> (app roles) or <c>groups</c>, say.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The name on the sign-in page's button: "Sign in with …".</summary>
    public string DisplayName { get; set; } = "single sign-on";

    public WebOidcRoles Roles { get; set; } = new();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
