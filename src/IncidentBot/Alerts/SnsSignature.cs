using System.Security.Cryptography;

namespace IncidentBot.Alerts;

/// <summary>
/// Checks an SNS message's <c>Signature</c>: RSA PKCS#1 v1.5 over <see cref="SnsMessage.StringToSign"/>, with
/// SHA-1 for <c>SignatureVersion</c> 1 and SHA-256 for 2, against the key of the certificate at
/// <c>SigningCertURL</c>.
/// </summary>
/// <seealso href="https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html"/>
public static class SnsSignature
{
    /// <summary>The hash of a signature version, or null for a version SNS does not have.</summary>
    public static HashAlgorithmName? HashOf(string? signatureVersion) => signatureVersion switch
    {
        "1" => HashAlgorithmName.SHA1,
        "2" => HashAlgorithmName.SHA256,
        _ => null,
    };

    /// <summary>Whether <paramref name="signature"/> (Base64) signs <paramref name="stringToSign"/> under the certificate's key (SubjectPublicKeyInfo, DER).</summary>
    public static bool Verifies(byte[] publicKey, string stringToSign, string signature, HashAlgorithmName hash)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(signature);
        using var key = RSA.Create();
        key.ImportSubjectPublicKeyInfo(publicKey, out _);
        var bytes = new byte[signature.Length];
        return Convert.TryFromBase64String(signature, bytes, out var length)
            && key.VerifyData(System.Text.Encoding.UTF8.GetBytes(stringToSign), bytes.AsSpan(0, length), hash, RSASignaturePadding.Pkcs1);
    }
}
