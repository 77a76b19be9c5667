namespace IncidentBot.Web;

/// <summary>
/// An admin who signs in with a user name and password and gets the <c>responder</c> and <c>manager</c> roles. The
/// password is stored only as a PBKDF2 hash (<see cref="Access.PasswordHash"/>), printed by <c>hash-password</c>.
/// </summary>
public sealed class WebAdminOptions
{
    public string? User { get; set; }

    public string? PasswordHash { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(User) && !string.IsNullOrEmpty(PasswordHash);
}
