using Microsoft.Extensions.Options;

namespace IncidentBot.Configuration;

/// <summary>
/// Checks the model settings at start, each failure one line naming its key: the transcript is only ever sent
/// over https, or to this machine (a local Ollama), and a time-out must be one a draft can wait through.
/// </summary>
public sealed class PostmortemOptionsValidator : IValidateOptions<PostmortemOptions>
{
    public static readonly TimeSpan LongestTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, PostmortemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.Endpoint is { } endpoint && !IsAllowed(endpoint))
        {
            failures.Add($"Postmortem:Endpoint '{endpoint}' must be an absolute https address, or http on this machine (e.g. http://localhost:11434/v1/ for Ollama).");
        }

        if (options.Endpoint is null && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("Postmortem:ApiKey is required for OpenAI's own endpoint; for a local model set Postmortem:Endpoint, e.g. http://localhost:11434/v1/.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > LongestTimeout)
        {
            failures.Add($"Postmortem:Timeout must be longer than zero and at most {LongestTimeout} (it is {options.Timeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAllowed(Uri endpoint) =>
        endpoint.IsAbsoluteUri && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback));
}
