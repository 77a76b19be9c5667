using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Security;

/// <summary>
/// Signs and checks report links: <c>sig</c> is the HMAC-SHA256 of <c>"{incident}:{revision}"</c> under
/// <see cref="SecretBook.ReportLinkKey"/>, base64url without padding. A signature is for one revision of one
/// incident and reads nothing else; checks are constant-time.
/// </summary>
public sealed class ReportLinkSigner(SecretBook secrets)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(secrets.ReportLinkKey);

    public string Sign(int incidentNumber, int revision) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(Subject(incidentNumber, revision))));

    /// <summary>Whether <paramref name="signature"/> is this revision's; false for none.</summary>
    public bool Verifies(int incidentNumber, int revision, string? signature) =>
        !string.IsNullOrEmpty(signature)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Sign(incidentNumber, revision)));

    private static string Subject(int incidentNumber, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"{incidentNumber}:{revision}");
}
