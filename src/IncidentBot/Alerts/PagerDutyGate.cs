using System.Security.Cryptography;
using System.Text;
using IncidentBot.Core.Alerts;
using IncidentBot.Endpoints;
using Microsoft.Extensions.Options;

namespace IncidentBot.Alerts;

/// <summary>
/// PagerDuty's gate: <c>X-PagerDuty-Signature: v1=&lt;hex HMAC-SHA256 of the raw body&gt;</c>. While a secret is
/// being rotated PagerDuty signs with each and sends them comma-separated; one matching the configured secret
/// admits the delivery. Every comparison is constant-time.
/// </summary>
/// <seealso href="https://developer.pagerduty.com/docs/webhooks-overview#verifying-signatures"/>
public sealed class PagerDutyGate(IOptions<PagerDutyOptions> options) : IAlertSourceGate
{
    public const string SignatureHeader = "X-PagerDuty-Signature";

    private const string Version = "v1=";

    private readonly PagerDutyOptions _options = options.Value;

    public string Source => PagerDutyParser.SourceName;

    public string? Unconfigured => string.IsNullOrEmpty(_options.Secret) ? $"set {PagerDutyOptions.SectionName}:Secret" : null;

    public Task<IResult?> AdmitAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[SignatureHeader].ToString();
        string? refusal = header.Length == 0
            ? $"missing {SignatureHeader} header"
            : Matches(header, body, _options.Secret!) ? null : $"no signature in the {SignatureHeader} header matches the body";
        return Task.FromResult(refusal is null ? null : RawBody.Problem(StatusCodes.Status401Unauthorized, refusal));
    }

    /// <summary>The header value PagerDuty would send for <paramref name="body"/> signed with <paramref name="secret"/>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Version + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static bool Matches(string header, ReadOnlySpan<byte> body, string secret)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(body, secret));
        var matched = false;
        foreach (var signature in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // Every signature is compared, a match or not, so the time taken tells nothing of which one matched.
            matched |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature.ToLowerInvariant()), expected);
        }

        return matched;
    }
}
