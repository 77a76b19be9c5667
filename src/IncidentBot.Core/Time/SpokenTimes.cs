using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentBot.Core.Time;

/// <summary>
/// Reads a moment as a responder types it, in the zone people read times in: <c>now</c>, <c>18:00</c> (today),
/// <c>today 18:00</c>, <c>tomorrow 09:00</c>, <c>fri 18:00</c> (the coming Friday: today if that time is still
/// ahead), <c>2026-12-24 09:00</c>.
/// </summary>
public static partial class SpokenTimes
{
    public const string Forms = "`now`, `18:00`, `today 18:00`, `tomorrow 09:00`, `fri 18:00` or `2026-12-24 09:00`";

    public static bool TryParse(string text, DateTimeOffset now, DisplayZone zone, out DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        at = now;
        if (text.Trim().Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success || !TimeOnly.TryParseExact(match.Groups["time"].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return false;
        }

        var today = DateOnly.FromDateTime(zone.ToLocal(now).DateTime);
        var day = match.Groups["day"].Value;
        DateOnly date;
        if (day.Length == 0 || day.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            date = today;
        }
        else if (day.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            date = today.AddDays(1);
        }
        else if (WeekdayNames.TryParse(day, out var weekday))
        {
            date = today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);
            if (zone.FromLocal(date.ToDateTime(time)) <= now)
            {
                date = date.AddDays(7);
            }
        }
        else if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        at = zone.FromLocal(date.ToDateTime(time));
        return true;
    }

    /// <summary>A moment as people read it in a schedule's listing: <c>Fri 24 Dec 18:00</c>.</summary>
    public static string Format(DateTimeOffset at, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.ToLocal(at).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:(?<day>[A-Za-z]+|\d{4}-\d{2}-\d{2})\s+)?(?<time>\d{1,2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
