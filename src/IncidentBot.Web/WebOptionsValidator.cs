using IncidentBot.Web.Access;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web;

/// <summary>
/// Stops the bot when the web face's access is half configured: a user without a hash (or the reverse), a hash that
/// <c>hash-password</c> did not print (a password pasted in plain text, say), or limits that cannot be.
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
}
