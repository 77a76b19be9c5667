using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Verifies that a request comes from Slack
/// (https://docs.slack.dev/authentication/verifying-requests-from-slack): <c>v0=</c> and the hex HMAC-SHA256,
/// keyed with the signing secret, of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>, compared in constant
/// time. A timestamp more than five minutes away from now, in either direction, is refused (replays); so is
/// every request when no signing secret is configured.
/// </summary>
public sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>How far the request's timestamp may be from now, either way.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int HashBytes = 32;

    /// <summary>The HMAC key (the signing secret's bytes), made once; null without a secret.</summary>
    private readonly byte[]? _key = string.IsNullOrEmpty(options.Value.SigningSecret) ? null : Encoding.UTF8.GetBytes(options.Value.SigningSecret);

    public SlackSignatureResult Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var timestamps = headers[TimestampHeader];
        var signatures = headers[SignatureHeader];
        if (timestamps.Count > 1 || signatures.Count > 1)
        {
            return SlackSignatureResult.Invalid($"{TimestampHeader} and {SignatureHeader} must be sent once each");
        }

        return Verify(timestamps.ToString(), signatures.ToString(), body);
    }

    public SlackSignatureResult Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (_key is not { } key)
        {
            return SlackSignatureResult.Invalid("no Slack signing secret is configured, so no request is accepted");
        }

        if (string.IsNullOrEmpty(timestamp))
        {
            return SlackSignatureResult.Invalid($"missing {TimestampHeader} header");
        }

        if (string.IsNullOrEmpty(signature))
        {
            return SlackSignatureResult.Invalid($"missing {SignatureHeader} header");
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var sentAt))
        {
            return SlackSignatureResult.Invalid($"{TimestampHeader} is not a Unix time in seconds");
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - sentAt;
        if (age > Tolerance.TotalSeconds)
        {
            return SlackSignatureResult.Invalid($"{TimestampHeader} is more than {Tolerance.TotalMinutes} minutes old");
        }

        if (-age > Tolerance.TotalSeconds)
        {
            return SlackSignatureResult.Invalid($"{TimestampHeader} is more than {Tolerance.TotalMinutes} minutes ahead");
        }

        if (!TryReadSignature(signature, out var sent))
        {
            return SlackSignatureResult.Invalid($"{SignatureHeader} is not a {Version}= signature");
        }

        return CryptographicOperations.FixedTimeEquals(sent, Sign(key, timestamp, body))
            ? SlackSignatureResult.Valid
            : SlackSignatureResult.Invalid($"{SignatureHeader} does not match the body");
    }

    private static bool TryReadSignature(string signature, out byte[] hash)
    {
        hash = [];
        const string prefix = Version + "=";
        if (!signature.StartsWith(prefix, StringComparison.Ordinal) || signature.Length != prefix.Length + (2 * HashBytes))
        {
            return false;
        }

        var hex = signature.AsSpan(prefix.Length);
        hash = new byte[HashBytes];
        return Convert.FromHexString(hex, hash, out _, out var written) == OperationStatus.Done && written == HashBytes;
    }

    private static byte[] Sign(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
