using IncidentBot.Core.Time;
using Microsoft.Extensions.Options;

namespace IncidentBot.Configuration;

/// <summary>
/// Checks what data annotations cannot: the time zone exists, the public address can be called back on, a chosen
/// report link key is long enough to not be guessed, and the waits are waits (a rollback timeout of zero would fail every rollback the moment it starts).
/// </summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    /// <summary>A report link key shorter than this could be guessed, and every report with it.</summary>
    public const int ReportLinkKeyMinLength = 16;

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!DisplayZone.TryParse(options.TimeZone, out _))
        {
            failures.Add($"IncidentBot:TimeZone '{options.TimeZone}' is neither an IANA zone (Europe/Paris) nor an offset (+01:00).");
        }

        if (options.PublicBaseUrl is { } url && !(url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"IncidentBot:PublicBaseUrl '{url}' must be an absolute http(s) address, e.g. https://incidentbot.example.com.");
        }

        if (options.ReportLinkKey is { Length: > 0 and < ReportLinkKeyMinLength })
        {
            failures.Add($"IncidentBot:ReportLinkKey must be at least {ReportLinkKeyMinLength} characters (leave it empty to have one generated).");
        }

        if (options.RollbackTimeout <= TimeSpan.Zero)
        {
            failures.Add($"IncidentBot:RollbackTimeout must be longer than zero (it is {options.RollbackTimeout}).");
        }

        if (options.SuspectChangeWindow < TimeSpan.Zero)
        {
            failures.Add($"IncidentBot:SuspectChangeWindow must not be negative (it is {options.SuspectChangeWindow}).");
        }

        if (options.UpdateReminderAfter < TimeSpan.Zero)
        {
            failures.Add($"IncidentBot:UpdateReminderAfter must not be negative (00:00:00 turns reminders off; it is {options.UpdateReminderAfter}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
