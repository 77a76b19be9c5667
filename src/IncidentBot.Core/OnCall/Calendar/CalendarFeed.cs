namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>
/// What a calendar feed holds, independent of its file format: its name, the shifts of <see cref="CalendarFeeds.Window"/>
/// as events, and when it was made. The host writes it as iCalendar.
/// </summary>
public sealed record CalendarFeed(string Name, IReadOnlyList<CalendarEntry> Entries, DateTimeOffset MadeAt);
