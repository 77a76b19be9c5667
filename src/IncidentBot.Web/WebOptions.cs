namespace IncidentBot.Web;

/// <summary>
/// The <c>Web</c> section: who may use the web face from elsewhere than this machine. With nothing set, only direct
/// requests on this machine are answered (<see cref="Access.DirectLocalRequest"/>).
/// </summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>The one configured admin credential (<c>Web:Admin:User</c>, <c>Web:Admin:PasswordHash</c>).</summary>
    public WebAdminOptions Admin { get; set; } = new();

    /// <summary>Signing in with the company's identity provider (<c>Web:Oidc:*</c>).</summary>
    public WebOidcOptions Oidc { get; set; } = new();

    /// <summary>Whether anyone can sign in at all: an admin credential or an identity provider is configured.</summary>
    public bool CanSignIn => Admin.IsConfigured || Oidc.IsConfigured;

    /// <summary>Consecutive failed sign-ins from one address or for one user before sign-in is refused for a while.</summary>
    public int SignInAttempts { get; set; } = 5;

    /// <summary>How long the first lockout lasts; each further one doubles it, up to an hour.</summary>
    public TimeSpan SignInLockout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a sign-in lasts without use.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
