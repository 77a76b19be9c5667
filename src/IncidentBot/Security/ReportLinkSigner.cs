using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Security;

/// <summary>
/// Signs and checks report links: <c>sig</c> is the HMAC-SHA256 of <c>"{incident}:{revision}"</c> (a draft) or
/// <c>"{incident}:approved:{approval}"</c> (an approved version) under <see cref="SecretBook.ReportLinkKey"/>, base64url
/// without padding. A signature is for one revision or approval of one incident and reads nothing else (a draft's never
/// opens an approval of the same number); checks are constant-time.
/// </summary>
public sealed class ReportLinkSigner(SecretBook secrets)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(secrets.ReportLinkKey);

    public string Sign(int incidentNumber, int revision) => SignSubject(Subject(incidentNumber, revision));

    /// <summary>Whether <paramref name="signature"/> is this revision's; false for none.</summary>
    public bool Verifies(int incidentNumber, int revision, string? signature) => Matches(Sign(incidentNumber, revision), signature);

    public string SignApproval(int incidentNumber, int approval) => SignSubject(ApprovalSubject(incidentNumber, approval));

    /// <summary>Whether <paramref name="signature"/> is this approval's; false for none.</summary>
    public bool VerifiesApproval(int incidentNumber, int approval, string? signature) => Matches(SignApproval(incidentNumber, approval), signature);

    private string SignSubject(string subject) => Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(subject)));

    private static bool Matches(string expected, string? signature) =>
        !string.IsNullOrEmpty(signature)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(expected));

    private static string Subject(int incidentNumber, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"{incidentNumber}:{revision}");

    private static string ApprovalSubject(int incidentNumber, int approval) =>
        string.Create(CultureInfo.InvariantCulture, $"{incidentNumber}:approved:{approval}");
}
