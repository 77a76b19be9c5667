using Microsoft.Extensions.Options;

namespace IncidentBot.Slack;

/// <summary>
/// Fails start-up when Slack is half configured: a bot token needs a signing secret (HTTP) or an app token
/// (Socket Mode); tokens must look like the kind Slack issues. Security fails closed: no secret, no start.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return string.IsNullOrEmpty(options.SigningSecret) && string.IsNullOrEmpty(options.AppToken)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Slack:BotToken is required when Slack:SigningSecret or Slack:AppToken is set.");
        }

        var failures = new List<string>();
        if (!options.BotToken!.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token (xoxb-…).");
        }

        if (string.IsNullOrEmpty(options.SigningSecret) && string.IsNullOrEmpty(options.AppToken))
        {
            failures.Add("Slack needs Slack:SigningSecret (HTTP endpoints) or Slack:AppToken (Socket Mode); without one, nothing Slack sends can be verified.");
        }

        if (options.AppToken is { Length: > 0 } appToken && !appToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token (xapp-…).");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri)
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute address.");
        }

        if (options.PostInterval < TimeSpan.Zero)
        {
            failures.Add("Slack:PostInterval cannot be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
