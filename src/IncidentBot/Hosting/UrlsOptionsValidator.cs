using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks <c>Urls</c> before the server reads it: Kestrel's own message for a malformed address
/// (<c>Invalid url</c>) names neither the key nor what it should look like.
/// </summary>
public sealed class UrlsOptionsValidator : IValidateOptions<UrlsOptions>
{
    public ValidateOptionsResult Validate(string? name, UrlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = (options.Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(address => !IsListenAddress(address))
            .Select(address => $"Urls: '{address}' is not an address to listen on; use e.g. http://127.0.0.1:5080 (several separated by ';').")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>An absolute http(s) address; Kestrel also takes <c>*</c> and <c>+</c> for every interface.</summary>
    private static bool IsListenAddress(string address)
    {
        var concrete = address.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal);
        return Uri.TryCreate(concrete, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
