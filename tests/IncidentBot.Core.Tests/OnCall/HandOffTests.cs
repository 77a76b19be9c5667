using System.Globalization;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Tests.OnCall;

/// <summary>When a schedule changes hands and between whom: at wall-clock hand-offs across DST, with overrides, gaps, and nobody told when the same person stays on.</summary>
public sealed class HandOffTests
{
    private static readonly DisplayZone Berlin = DisplayZone.Parse("Europe/Berlin");
    private static readonly IReadOnlyList<ScheduleOverride> None = [];

    [Fact]
    public void DailyRotation_AcrossTheSpringChange_HandsOffAt0900BerlinTime_FromOneToTheNext()
    {
        var schedule = Schedule(new ScheduleLayer("daily", ["ada", "kofi", "mara"], RotationLength.Daily, new DateOnly(2026, 3, 27), new TimeOnly(9, 0)));

        var handOffs = schedule.HandOffs(Instant("2026-03-28T00:00:00Z"), Instant("2026-03-30T00:00:00Z"), None);

        Assert.Equal(
            [
                new HandOff("primary", Instant("2026-03-28T08:00:00Z"), "ada", "kofi", Instant("2026-03-29T07:00:00Z")),
                new HandOff("primary", Instant("2026-03-29T07:00:00Z"), "kofi", "mara", Instant("2026-03-30T07:00:00Z")),
            ],
            handOffs);
    }

    [Fact]
    public void HandOffAtTheEdgeOfTheSpan_IsIncluded_BothEnds()
    {
        var schedule = Schedule(new ScheduleLayer("daily", ["ada", "kofi"], RotationLength.Daily, new DateOnly(2026, 3, 2), new TimeOnly(9, 0)));
        var at = Instant("2026-03-03T08:00:00Z");

        var handOff = Assert.Single(schedule.HandOffs(at, at, None));

        Assert.Equal(("ada", "kofi"), (handOff.Outgoing, handOff.Incoming));
    }

    [Fact]
    public void Override_MakesTwoHandOffs_ToTheCoverAndBack()
    {
        var schedule = Schedule(new ScheduleLayer("weekly", ["ada", "kofi"], RotationLength.Weekly, new DateOnly(2026, 3, 2), new TimeOnly(9, 0)));
        var cover = new ScheduleOverride("o1", "primary", "lena", Instant("2026-03-04T17:00:00Z"), Instant("2026-03-05T07:00:00Z"), null, "ada", Instant("2026-03-01T00:00:00Z"));

        var handOffs = schedule.HandOffs(Instant("2026-03-04T00:00:00Z"), Instant("2026-03-06T00:00:00Z"), [cover]);

        Assert.Equal(
            [("ada", "lena", "2026-03-04T17:00:00Z"), ("lena", "ada", "2026-03-05T07:00:00Z")],
            handOffs.Select(h => (h.Outgoing, h.Incoming, h.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void SamePersonStayingOn_ThroughAnOverrideThatEndsTheirTurn_IsNoHandOff()
    {
        // Kofi covers the hour before his turn and its first hour: on call from 08:00 Berlin without a break, so 09:00
        // (his turn's start) and 10:00 (the override's end) hand nothing over; 08:00 hands over from Ada.
        var schedule = Schedule(new ScheduleLayer("weekly", ["ada", "kofi"], RotationLength.Weekly, new DateOnly(2026, 3, 2), new TimeOnly(9, 0)));
        var early = new ScheduleOverride("o1", "primary", "kofi", Instant("2026-03-09T07:00:00Z"), Instant("2026-03-09T09:00:00Z"), null, "kofi", Instant("2026-03-01T00:00:00Z"));

        var handOff = Assert.Single(schedule.HandOffs(Instant("2026-03-09T00:00:00Z"), Instant("2026-03-10T00:00:00Z"), [early]));

        Assert.Equal(new HandOff("primary", Instant("2026-03-09T07:00:00Z"), "ada", "kofi", Instant("2026-03-16T08:00:00Z")), handOff);
    }

    [Fact]
    public void LayerWithAWindow_HandsOffToNobody_WhenTheWindowCloses_AndFromNobody_WhenItOpens()
    {
        var days = new ScheduleLayer("days", ["ada"], RotationLength.Weekly, new DateOnly(2026, 3, 2), new TimeOnly(9, 0),
            new ShiftWindow(new HashSet<DayOfWeek> { DayOfWeek.Monday }, new TimeOnly(9, 0), new TimeOnly(17, 0)));
        var schedule = Schedule(days);

        var handOffs = schedule.HandOffs(Instant("2026-03-09T00:00:00Z"), Instant("2026-03-10T00:00:00Z"), None);

        Assert.Equal(
            [
                new HandOff("primary", Instant("2026-03-09T08:00:00Z"), null, "ada", Instant("2026-03-09T16:00:00Z")),
                new HandOff("primary", Instant("2026-03-09T16:00:00Z"), "ada", null, null),
            ],
            handOffs);
    }

    [Theory]
    [InlineData("12h", null, null, 12)]
    [InlineData("daily", null, null, 23)] // the night the clocks go forward
    [InlineData("weekly", "09:00", "17:00", 8)]
    [InlineData("weekly", "18:00", "09:00", 15)] // overnight
    [InlineData("daily", "00:00", "00:00", 23)] // the whole day
    public void ShortestTurn_IsTheRotationOrTheWindow_WhicheverIsShorter(string rotation, string? from, string? to, int hours)
    {
        Assert.True(RotationLength.TryParse(rotation, out var length));
        var window = from is null ? null : new ShiftWindow(Enum.GetValues<DayOfWeek>().ToHashSet(), TimeOnly.Parse(from, CultureInfo.InvariantCulture), TimeOnly.Parse(to!, CultureInfo.InvariantCulture));

        var layer = new ScheduleLayer("l", ["ada"], length, new DateOnly(2026, 3, 2), new TimeOnly(9, 0), window);

        Assert.Equal(TimeSpan.FromHours(hours), layer.ShortestTurn);
    }

    private static OnCallSchedule Schedule(params ScheduleLayer[] layers) => new("primary", Berlin, layers);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
