using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Reads who owns a follow-up and when it is due from its own words. The owner is the person it mentions
/// (<c>@ada</c>, <c>&lt;@U024BE7LH&gt;</c>, <c>&lt;@U024BE7LH|ada&gt;</c>), looked up by person id or by any of their
/// chat ids; several different people mentioned name no single owner. A due date is kept only when it is unambiguous:
/// "by 2026-12-15", "due 2026-12-15", "by March 21" or "by 21 March" (the next such day, this year or the next), "by tomorrow", or "by Friday" (the next Friday after the day it was said; on a
/// Friday itself that could mean today or next week, so none). Two different dates in one follow-up give none.
/// </summary>
internal static partial class FollowUpTerms
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static Person? Owner(string text, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(people);
        var named = Mention().Matches(text)
            .Select(m => m.Groups["id"].Value)
            .Select(id => people.Find(id) ?? people.All.FirstOrDefault(p => p.ChatIds?.Values.Contains(id, StringComparer.Ordinal) == true))
            .OfType<Person>()
            .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The due date and the words that gave it, resolved against <paramref name="saidOn"/> (the local day it was said).</summary>
    public static (DateOnly Date, string Words)? Due(string text, DateOnly saidOn)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = new List<(DateOnly Date, string Words)>();
        foreach (Match match in DueWords().Matches(text))
        {
            if (Resolve(match.Groups["when"].Value, saidOn) is not { } date)
            {
                return null;
            }

            dates.Add((date, match.Value));
        }

        return dates.Select(d => d.Date).Distinct().Count() == 1 ? dates[0] : null;
    }

    private static DateOnly? Resolve(string when, DateOnly saidOn)
    {
        if (DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (MonthDay().Match(when) is { Success: true } monthDay)
        {
            return NextMonthDay(monthDay, saidOn);
        }

        if (when.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            return saidOn.AddDays(1);
        }

        if (!Enum.TryParse<DayOfWeek>(when, ignoreCase: true, out var day) || day == saidOn.DayOfWeek)
        {
            return null;
        }

        return saidOn.AddDays(((int)day - (int)saidOn.DayOfWeek + 7) % 7);
    }

    /// <summary>The month and day named, on or after the day it was said; null for a day no month has (February 30).</summary>
    private static DateOnly? NextMonthDay(Match monthDay, DateOnly saidOn)
    {
        var month = Array.FindIndex(MonthNames, m => monthDay.Groups["month"].Value.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;
        var day = int.Parse(monthDay.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(2024, month))
        {
            return null;
        }

        // February 29 waits for the next leap year that has it.
        for (var year = saidOn.Year; year <= saidOn.Year + 8; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date >= saidOn)
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?<month>[a-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[a-z]{3,9}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\w<])@(?<id>[A-Za-z0-9._-]*[A-Za-z0-9_-])|<@(?<id>(?:[0-9]{1,2}:)?[A-Za-z0-9._-]+)(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\b(?:by|due(?: by| on)?)\s+(?<when>\d{4}-\d{2}-\d{2}|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueWords();
}
