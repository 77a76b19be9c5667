using IncidentBot.Web.Access;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web;

/// <summary>
/// Stops the bot when the web face's access is half configured: a user without a hash (or the reverse), a hash that
/// <c>hash-password</c> did not print (a password pasted in plain text, say), an identity provider without its
/// client id or over plain http (<see cref="WebOidcOptions"/>), or limits that cannot be.
/// </summary>
public sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var admin = options.Admin;
        if (string.IsNullOrEmpty(admin.User) != string.IsNullOrEmpty(admin.PasswordHash))
        {
            failures.Add(string.IsNullOrEmpty(admin.User)
                ? "Web:Admin:User is required when Web:Admin:PasswordHash is set."
                : $"Web:Admin:PasswordHash is required when Web:Admin:User is set; print one with: {HashPasswordCli.Command}.");
        }

        if (!string.IsNullOrEmpty(admin.PasswordHash) && !Access.PasswordHash.TryParse(admin.PasswordHash, out _))
        {
            failures.Add($"Web:Admin:PasswordHash is not a hash that hash-password prints (never the password itself); print one with: {HashPasswordCli.Command}.");
        }

        failures.AddRange(OidcFailures(options.Oidc));
        if (options.SignInAttempts < 1)
        {
            failures.Add($"Web:SignInAttempts must be at least 1 (it is {options.SignInAttempts}).");
        }

        if (options.SignInLockout <= TimeSpan.Zero)
        {
            failures.Add($"Web:SignInLockout must be positive (it is {options.SignInLockout}).");
        }

        if (options.SessionLifetime <= TimeSpan.Zero)
        {
            failures.Add($"Web:SessionLifetime must be positive (it is {options.SessionLifetime}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> OidcFailures(WebOidcOptions oidc)
    {
        if (!oidc.IsConfigured)
        {
            if (!string.IsNullOrEmpty(oidc.ClientId) || !string.IsNullOrEmpty(oidc.ClientSecret) || !oidc.Roles.IsEmpty)
            {
                yield return "Web:Oidc:Authority is required when other Web:Oidc keys are set: the identity provider's issuer address, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0.";
            }

            yield break;
        }

        if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            || !(authority.Scheme == Uri.UriSchemeHttps || (authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback)))
        {
            yield return $"Web:Oidc:Authority must be an https address (it is '{oidc.Authority}'), e.g. https://login.microsoftonline.com/<tenant-id>/v2.0; plain http only for a provider on this machine.";
        }

        if (string.IsNullOrWhiteSpace(oidc.ClientId))
        {
            yield return "Web:Oidc:ClientId is required when Web:Oidc:Authority is set: the application (client) id the identity provider registered for the bot.";
        }

        if (!oidc.CallbackPath.StartsWith('/') || TakenPath(oidc.CallbackPath))
        {
            yield return $"Web:Oidc:CallbackPath must be a path of its own starting with '/' (it is '{oidc.CallbackPath}'), e.g. /signin-oidc.";
        }

        if (string.IsNullOrWhiteSpace(oidc.RoleClaim))
        {
            yield return "Web:Oidc:RoleClaim must name the id token's claim that Web:Oidc:Roles maps, e.g. roles or groups.";
        }
    }

    /// <summary>A path of the web face's own pages: the provider's callback handler would take it over from them.</summary>
    private static bool TakenPath(string path) =>
        path.Equals(SignInPath.Path, StringComparison.OrdinalIgnoreCase)
        || path.StartsWith(SignInPath.Path + "/", StringComparison.OrdinalIgnoreCase)
        || path == "/";
}
