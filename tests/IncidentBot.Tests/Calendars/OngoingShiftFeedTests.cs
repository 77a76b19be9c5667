using IncidentBot.Core.OnCall;
using IncidentBot.Core.OnCall.Calendar;
using IncidentBot.Tests.OnCall;
using static IncidentBot.Tests.OnCall.OnCallWorld;

namespace IncidentBot.Tests.Calendars;

/// <summary>
/// A shift that began before anything a feed computes (one person alone on a schedule for over a year): it has no known
/// start, so its UID is made from who holds it and why, and stays as the window moves on.
/// </summary>
public sealed class OngoingShiftFeedTests
{
    [Fact]
    public async Task OngoingShift_LongerThanAnythingComputed_KeepsItsUidAsTheWindowMoves()
    {
        var alone = new ScheduleLayer("alone", ["tom"], RotationLength.Weekly, new DateOnly(2025, 1, 6), new TimeOnly(9, 0));
        await using var world = new OnCallWorld(Utc("2026-03-20T10:00:00Z"), schedules: [new OnCallSchedule("primary", Berlin, [alone])]);
        var first = await CalendarFeedTests.ReadAsync(world, CalendarSubject.Schedule("primary"));
        world.Time.Advance(TimeSpan.FromDays(10));

        var second = await CalendarFeedTests.ReadAsync(world, CalendarSubject.Schedule("primary"));

        Assert.Equal(Assert.Single(first.Events).Uid, Assert.Single(second.Events).Uid);
    }
}
