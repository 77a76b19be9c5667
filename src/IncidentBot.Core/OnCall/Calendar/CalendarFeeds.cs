using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IncidentBot.Core.People;

namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>
/// Builds the calendar feeds: a schedule's shifts for everyone (<c>Kofi Boateng on call</c>), or one person's shifts on
/// every schedule (<c>On call: primary</c>), from the layers and the overrides kept, over <see cref="Window"/>. One entry
/// per continuous shift (<see cref="OnCallSchedule.Shifts"/>), with a UID made from what the shift is, never from when
/// the feed was made, so two fetches, or a fetch before and after a restart, give the same UIDs. In a schedule's feed the
/// UID is the schedule and the shift's start, so a swap or an override of a whole turn changes that event's person; in a
/// person's feed it is the person, the schedule and the start, so a turn given away leaves that person's calendar.
/// </summary>
public sealed class CalendarFeeds(OnCallRoster roster, IScheduleOverrideStore overrides, IPeopleDirectory people)
{
    /// <summary>How far back a feed reaches (last fortnight's shifts stay visible) and how far ahead (twelve weeks).</summary>
    public static readonly (TimeSpan Back, TimeSpan Ahead) Window = (TimeSpan.FromDays(14), TimeSpan.FromDays(84));

    /// <summary>The feed of <paramref name="subject"/> at <paramref name="now"/>; null for a schedule that is not configured.</summary>
    public async Task<CalendarFeed?> FeedOfAsync(CalendarSubject subject, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var made = await overrides.ListAsync(cancellationToken).ConfigureAwait(false);
        if (subject.Kind == CalendarFeedKind.Schedule)
        {
            return roster.Find(subject.Id) is { } schedule
                ? new CalendarFeed($"{schedule.Name} on call", [.. ShiftsOf(schedule, made, now).Select(s => ScheduleEntry(s, made))], now)
                : null;
        }

        var entries = roster.Schedules
            .SelectMany(schedule => ShiftsOf(schedule, made, now))
            .Where(s => s.Shift.PersonId == subject.Id)
            .OrderBy(s => s.Shift.Start)
            .ThenBy(s => s.Shift.Schedule, StringComparer.Ordinal)
            .Select(s => PersonEntry(s, made));
        return new CalendarFeed($"{people.NameOf(subject.Id)} on call", [.. entries], now);
    }

    /// <summary>
    /// The shifts overlapping the window, each whole: they are computed from <see cref="OnCallSchedule.Horizon"/> before
    /// the window, so a shift that began before it keeps its true start (and its UID) as the window moves on.
    /// </summary>
    private static IEnumerable<(OnCallShift Shift, bool Ongoing)> ShiftsOf(OnCallSchedule schedule, IReadOnlyList<ScheduleOverride> made, DateTimeOffset now)
    {
        var (from, to) = (now - Window.Back, now + Window.Ahead);
        var computedFrom = from - OnCallSchedule.Horizon;
        return schedule.Shifts(computedFrom, to, made).Where(s => s.End > from).Select(s => (s, s.Start == computedFrom));
    }

    private CalendarEntry ScheduleEntry((OnCallShift Shift, bool Ongoing) s, IReadOnlyList<ScheduleOverride> made) => new(
        Uid(s, "schedule", s.Shift.Schedule),
        $"{people.NameOf(s.Shift.PersonId)} on call",
        Why(s.Shift, made),
        s.Shift.Start,
        s.Shift.End);

    private CalendarEntry PersonEntry((OnCallShift Shift, bool Ongoing) s, IReadOnlyList<ScheduleOverride> made) => new(
        Uid(s, "person", s.Shift.PersonId, s.Shift.Schedule),
        $"On call: {s.Shift.Schedule}",
        Why(s.Shift, made),
        s.Shift.Start,
        s.Shift.End);

    private string Why(OnCallShift shift, IReadOnlyList<ScheduleOverride> made)
    {
        if (shift.OverrideId is null)
        {
            return $"{people.NameOf(shift.PersonId)} on call for {shift.Schedule} (rotation {shift.Source}).";
        }

        var o = made.FirstOrDefault(m => m.Id == shift.OverrideId);
        var covering = o?.Replaces is { } replaced ? $", taking {people.NameOf(replaced)}'s turn" : "";
        var by = o is null ? "" : $", made by {people.NameOf(o.CreatedBy)}";
        return $"{people.NameOf(shift.PersonId)} on call for {shift.Schedule} (override{covering}{by}).";
    }

    /// <summary>
    /// A UID from the feed, its subject and the shift's start; for a shift that began before anything the feed computes
    /// (<c>ongoing</c>), from who holds it and why instead, since its start is not known.
    /// </summary>
    private static string Uid((OnCallShift Shift, bool Ongoing) s, params string[] feed)
    {
        var when = s.Ongoing
            ? $"ongoing\n{s.Shift.PersonId}\n{s.Shift.Source}\n{s.Shift.OverrideId}"
            : s.Shift.Start.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', feed) + "\n" + when));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "@incidentbot";
    }
}
