using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IncidentBot.Core.OnCall.Calendar;
using IncidentBot.Security;

namespace IncidentBot.Calendars;

/// <summary>
/// Signs and checks calendar link tokens the way report links are signed (<see cref="ReportLinkSigner"/>): the token is
/// the HMAC-SHA256 of <c>"calendar:{kind}:{id}:{generation}"</c> under <see cref="SecretBook.ReportLinkKey"/>, base64url
/// without padding (256 bits). The <c>calendar:</c> prefix keeps the two kinds apart (a report's subject is two numbers),
/// so one can never stand for the other. A token is for one subject at one revocation generation; checks are constant-time.
/// </summary>
public sealed class CalendarLinkSigner(SecretBook secrets)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(secrets.ReportLinkKey);

    public string Sign(CalendarSubject subject, int generation)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var signed = string.Create(CultureInfo.InvariantCulture, $"calendar:{subject.Key}:{generation}");
        return Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(signed)));
    }

    /// <summary>Whether <paramref name="token"/> is the subject's at <paramref name="generation"/>; false for none.</summary>
    public bool Verifies(CalendarSubject subject, int generation, string? token) =>
        !string.IsNullOrEmpty(token)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(Sign(subject, generation)));
}
