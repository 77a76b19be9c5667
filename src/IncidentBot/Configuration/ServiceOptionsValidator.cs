using Microsoft.Extensions.Options;

namespace IncidentBot.Configuration;

/// <summary>
/// Checks at start that every service with a rollback webhook has an absolute http(s) address and a secret:
/// an unsigned rollback request, or a callback nobody can verify, is an open door.
/// </summary>
public sealed class ServiceOptionsValidator : IValidateOptions<Dictionary<string, ServiceOptions>>
{
    public ValidateOptionsResult Validate(string? name, Dictionary<string, ServiceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (service, settings) in options)
        {
            if (settings.RollbackUrl is not { } url)
            {
                continue;
            }

            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"Services:{service}:RollbackUrl must be an absolute http(s) address.");
            }

            if (string.IsNullOrEmpty(settings.Secret))
            {
                failures.Add($"Services:{service}:Secret is required with a RollbackUrl (it signs requests and verifies callbacks).");
            }

            if (settings.Timeout <= TimeSpan.Zero)
            {
                failures.Add($"Services:{service}:Timeout must be positive.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
