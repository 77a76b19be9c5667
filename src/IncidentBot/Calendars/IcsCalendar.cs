using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IncidentBot.Core.OnCall.Calendar;

namespace IncidentBot.Calendars;

/// <summary>
/// Writes a <see cref="CalendarFeed"/> as an RFC 5545 calendar for subscription (<c>METHOD:PUBLISH</c>), with Ical.Net.
/// Times are UTC (<c>DTSTART:20260323T080000Z</c>): each shift is a single event with exact instants, so there is no
/// recurrence to expand in a zone and no VTIMEZONE to get right; Google, Outlook and Apple Calendar all show UTC times in
/// the reader's own zone, which is what someone on call across zones wants. The name is given both ways apps read it
/// (<c>NAME</c> of RFC 7986 and <c>X-WR-CALNAME</c>), and so is the refresh hint (<c>REFRESH-INTERVAL</c>, and Outlook's
/// <c>X-PUBLISHED-TTL</c>); apps may poll less often (Google about twice a day, whatever the hint).
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public const string RefreshEvery = "PT1H";

    public static string Write(CalendarFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var calendar = new Calendar { ProductId = "-//IncidentBot//On-call calendar//EN", Method = "PUBLISH" };
        calendar.AddProperty("NAME", feed.Name);
        calendar.AddProperty("X-WR-CALNAME", feed.Name);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshEvery);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshEvery);
        foreach (var entry in feed.Entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = entry.Summary,
                Description = entry.Description,
                DtStart = Utc(entry.Start),
                DtEnd = Utc(entry.End),
                DtStamp = Utc(feed.MadeAt),
                // On call is not busy: a week-long shift must not block the person's free/busy.
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, true);
}
