using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace IncidentBot.Api;

/// <summary>
/// The page of <c>GET /api/incidents</c> a request asks for: <c>limit</c> incidents (<see cref="DefaultLimit"/> unless
/// given, at most <see cref="MaxLimit"/>), newest first, after the <c>cursor</c> the previous page's
/// <c>Link: &lt;…&gt;; rel="next"</c> header gave. A cursor is opaque to clients: what it holds may change.
/// </summary>
public sealed record IncidentPageRequest(int? BelowNumber, int Limit)
{
    public const int DefaultLimit = 50;

    /// <summary>About 200 KB of JSON for incidents of an ordinary size; a page never holds the whole history.</summary>
    public const int MaxLimit = 200;

    private const string CursorPrefix = "below:";

    /// <summary>The page asked for, or false with the reason to answer 400 with.</summary>
    public static bool TryRead(string? limit, string? cursor, [NotNullWhen(true)] out IncidentPageRequest? page, [NotNullWhen(false)] out string? error)
    {
        page = null;
        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            error = $"'limit' must be a whole number from 1 to {MaxLimit}.";
            return false;
        }

        int? below = null;
        if (cursor is not null)
        {
            if (!TryReadCursor(cursor, out var number))
            {
                error = "'cursor' is not one this API gave; start again without it.";
                return false;
            }

            below = number;
        }

        page = new IncidentPageRequest(below, size);
        error = null;
        return true;
    }

    /// <summary>The cursor of the page that follows one whose last (oldest) incident is <paramref name="lastNumber"/>.</summary>
    public static string CursorAfter(int lastNumber) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(CursorPrefix + lastNumber.ToString(CultureInfo.InvariantCulture)));

    private static bool TryReadCursor(string cursor, out int number)
    {
        number = 0;
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(CursorPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }
}
