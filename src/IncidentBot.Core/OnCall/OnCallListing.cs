using System.Text;
using IncidentBot.Core.People;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.OnCall;

/// <summary>
/// What <c>/incident oncall</c> and <c>/incident oncall overrides</c> show: per schedule who is on call now and
/// next, and the overrides still to come, with times in the zone people read times in.
/// </summary>
public static class OnCallListing
{
    public static string NowAndNext(IReadOnlyList<OnCallSchedule> schedules, IReadOnlyCollection<ScheduleOverride> overrides, DateTimeOffset now, DisplayZone zone, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(people);
        if (schedules.Count == 0)
        {
            return "No on-call schedules are configured: the escalation levels page fixed people. Schedules are defined under `OnCall:Schedules`.";
        }

        var text = new StringBuilder($"*On call* (times in {zone.Label})");
        foreach (var schedule in schedules)
        {
            var shifts = schedule.Shifts(now, now + OnCallSchedule.Horizon, overrides);
            var current = shifts.FirstOrDefault(s => s.Start <= now);
            var next = shifts.FirstOrDefault(s => s.Start > now);
            text.Append("\n• *").Append(schedule.Name).Append("*: ")
                .Append(current is null ? "nobody now" : $"now {Who(current, people)} until {SpokenTimes.Format(current.End, zone)}")
                .Append(next is null ? "; nobody next" : $"; next {Who(next, people)} {SpokenTimes.Format(next.Start, zone)} – {SpokenTimes.Format(next.End, zone)}");
        }

        return text.ToString();
    }

    public static string Overrides(IReadOnlyCollection<ScheduleOverride> overrides, DateTimeOffset now, DisplayZone zone, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(zone);
        var coming = overrides.Where(o => o.To > now).OrderBy(o => o.From).ToList();
        if (coming.Count == 0)
        {
            return "There are no overrides now or to come. Make one with `/incident oncall override @who from <when> to <when>`.";
        }

        var text = new StringBuilder($"*Overrides* (times in {zone.Label}; remove one with `/incident oncall remove <id>`)");
        foreach (var o in coming)
        {
            text.Append("\n• `").Append(o.Id).Append("` ").Append(Describe(o, zone, people));
        }

        return text.ToString();
    }

    /// <summary>One override in words: <c>primary: Lena covers Kofi, Thu 10 Dec 18:00 – Fri 11 Dec 09:00 (made by Ada)</c>.</summary>
    public static string Describe(ScheduleOverride o, DisplayZone zone, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(people);
        var covers = o.Replaces is { } replaced ? $"takes {people.NameOf(replaced)}'s turns" : "is on call";
        return $"{o.Schedule}: {people.NameOf(o.PersonId)} {covers}, {SpokenTimes.Format(o.From, zone)} – {SpokenTimes.Format(o.To, zone)} (made by {people.NameOf(o.CreatedBy)})";
    }

    private static string Who(OnCallShift shift, IPeopleDirectory people) =>
        shift.OverrideId is null ? $"*{people.NameOf(shift.PersonId)}*" : $"*{people.NameOf(shift.PersonId)}* (override)";
}
