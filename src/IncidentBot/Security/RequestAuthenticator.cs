using System.Security.Cryptography;
using System.Text;
using IncidentBot.Configuration;

namespace IncidentBot.Security;

/// <summary>
/// Checks a webhook request against its sender's secret before its body is parsed: a bearer token, or
/// <c>X-IncidentBot-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c>. Comparisons are constant-time.
/// </summary>
public static class RequestAuthenticator
{
    public const string SignatureHeader = "X-IncidentBot-Signature";

    /// <summary>Null when the request is authentic, else why not (safe to show: it never contains a secret).</summary>
    public static string? Verify(HttpRequest request, ReadOnlySpan<byte> body, SourceSecretOptions? secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (secret is null || !secret.IsConfigured)
        {
            return "no secret is configured for this sender, so nothing it sends is accepted";
        }

        if (!string.IsNullOrEmpty(secret.HmacSecret) && request.Headers[SignatureHeader].ToString() is { Length: > 0 } signature)
        {
            return SignatureMatches(signature, body, secret.HmacSecret) ? null : $"the {SignatureHeader} header does not match the body";
        }

        if (!string.IsNullOrEmpty(secret.Token))
        {
            var header = request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return "missing 'Authorization: Bearer <token>' header";
            }

            return FixedTimeEquals(header["Bearer ".Length..].Trim(), secret.Token) ? null : "the bearer token is wrong";
        }

        return $"missing {SignatureHeader} header";
    }

    public static bool BearerMatches(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && FixedTimeEquals(header["Bearer ".Length..].Trim(), token);
    }

    /// <summary>The signature header value for a body: <c>sha256=&lt;lowercase hex&gt;</c>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool SignatureMatches(string signature, ReadOnlySpan<byte> body, string secret) =>
        FixedTimeEquals(signature.Trim(), Sign(body, secret));

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
