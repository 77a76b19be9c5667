using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Alerts;

/// <summary>
/// Checks the Datadog, Azure Monitor and PagerDuty settings at start, each failure naming its key: a secret short
/// enough to guess, a header name Datadog cannot send, or an Azure token that does not survive being pasted into
/// a URL would leave the door open or refuse every alert.
/// </summary>
public sealed partial class AlertSourceOptionsValidator
    : IValidateOptions<DatadogOptions>, IValidateOptions<AzureMonitorOptions>, IValidateOptions<PagerDutyOptions>
{
    /// <summary>The shortest secret taken: 16 characters of a generated token are about 96 bits.</summary>
    public const int ShortestSecret = 16;

    public ValidateOptionsResult Validate(string? name, DatadogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        AddIfShort(failures, $"{DatadogOptions.SectionName}:Token", options.Token);
        if (!HeaderName().IsMatch(options.Header ?? ""))
        {
            failures.Add($"{DatadogOptions.SectionName}:Header '{options.Header}' is not an HTTP header name (letters, digits and - only).");
        }

        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, AzureMonitorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        AddIfShort(failures, $"{AzureMonitorOptions.SectionName}:Token", options.Token);
        if (!string.IsNullOrEmpty(options.Token) && !UrlSafe().IsMatch(options.Token))
        {
            failures.Add($"{AzureMonitorOptions.SectionName}:Token may hold only letters, digits and - . _ ~ (it goes into the action group's URL as it is).");
        }

        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, PagerDutyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        AddIfShort(failures, $"{PagerDutyOptions.SectionName}:Secret", options.Secret);
        return Result(failures);
    }

    private static void AddIfShort(List<string> failures, string key, string? secret)
    {
        if (!string.IsNullOrEmpty(secret) && secret.Length < ShortestSecret)
        {
            failures.Add($"{key} is {secret.Length} characters long; use at least {ShortestSecret} (e.g. `openssl rand -hex 24`).");
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

    [GeneratedRegex("^[A-Za-z0-9-]+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeaderName();

    [GeneratedRegex(@"^[A-Za-z0-9\-._~]+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlSafe();
}
