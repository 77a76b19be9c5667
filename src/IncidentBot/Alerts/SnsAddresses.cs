using System.Text.RegularExpressions;

namespace IncidentBot.Alerts;

/// <summary>
/// Whether an address named in an SNS message is Amazon SNS's own: https on the default port, no user info, and a
/// host <c>sns.&lt;region&gt;.amazonaws.com</c>. A forged message can name any address; only these are ever opened,
/// so a forgery can neither bring its own certificate nor make the bot call a host of its choosing.
/// </summary>
public static partial class SnsAddresses
{
    public static bool IsSigningCertificate(string? url) =>
        IsSns(url, out var uri) && uri.AbsolutePath.EndsWith(".pem", StringComparison.Ordinal) && uri.Query.Length == 0;

    public static bool IsSubscribeUrl(string? url) =>
        IsSns(url, out var uri) && uri.Query.Contains("Action=ConfirmSubscription", StringComparison.Ordinal);

    private static bool IsSns(string? url, out Uri uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri!)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.IsDefaultPort
        && uri.UserInfo.Length == 0
        && SnsHost().IsMatch(uri.Host);

    [GeneratedRegex(@"^sns\.[a-z]{2}(-[a-z]+)+-\d\.amazonaws\.com$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SnsHost();
}
