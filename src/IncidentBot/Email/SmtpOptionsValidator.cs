using System.Net;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IncidentBot.Email;

/// <summary>
/// Checks <c>Email:Smtp:*</c> at start. Half a configuration fails rather than mailing nobody quietly (a sender or an
/// account without <c>Host</c>, a host without <c>From</c>); and it fails closed on the one unsafe combination: a
/// password sent without TLS (<c>UseTls=None</c>) to anything but this machine, where anyone on the path could read it.
/// </summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public static readonly TimeSpan LongestTimeout = TimeSpan.FromMinutes(5);

    private const string Key = SmtpOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.Enabled)
        {
            if (options.From is not null || options.User is not null || options.Password is not null)
            {
                failures.Add($"{Key}:Host is required when {Key}:From, :User or :Password is set (without it no report is mailed).");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (string.IsNullOrWhiteSpace(options.From))
        {
            failures.Add($"{Key}:From is required when {Key}:Host is set (e.g. \"IncidentBot <incidents@example.com>\").");
        }
        else if (!MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"{Key}:From '{options.From}' is not a mail address (e.g. \"IncidentBot <incidents@example.com>\").");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{Key}:Port {options.Port} must be from 1 to 65535.");
        }

        if (string.IsNullOrEmpty(options.User) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{Key}:User and {Key}:Password are set together or not at all.");
        }

        if (!string.IsNullOrEmpty(options.User) && options.UseTls == SmtpTls.None && !IsLoopback(options.Host!))
        {
            failures.Add($"{Key}:UseTls=None would send the password of {Key}:User in the clear to {options.Host}; use StartTls or SslOnConnect (None with a password is allowed to localhost only).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > LongestTimeout)
        {
            failures.Add($"{Key}:Timeout '{options.Timeout}' must be more than 0 and at most {LongestTimeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
