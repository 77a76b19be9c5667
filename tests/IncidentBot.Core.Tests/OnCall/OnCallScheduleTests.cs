using System.Globalization;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Tests.OnCall;

/// <summary>Who a schedule says is on call, at hand-off minutes, across DST changes, with layers and overrides.</summary>
public sealed class OnCallScheduleTests
{
    private static readonly DisplayZone Berlin = DisplayZone.Parse("Europe/Berlin");
    private static readonly IReadOnlyList<ScheduleOverride> None = [];

    // Monday 2 March 2026, 09:00 in Berlin: the first turn of the weekly rotation.
    private static readonly ScheduleLayer Weekly = new("weekly", ["ada", "kofi", "mara"], RotationLength.Weekly, new DateOnly(2026, 3, 2), new TimeOnly(9, 0));

    [Theory]
    [InlineData("2026-03-02T07:59:59Z", null)] // 08:59:59 in Berlin, before the first hand-off
    [InlineData("2026-03-02T08:00:00Z", "ada")] // the hand-off minute itself belongs to the new turn
    [InlineData("2026-03-09T07:59:00Z", "ada")]
    [InlineData("2026-03-09T08:00:00Z", "kofi")]
    [InlineData("2026-03-16T08:00:00Z", "mara")]
    [InlineData("2026-03-23T08:00:00Z", "ada")] // round again
    public void WeeklyRotation_HandsOffAtTheMinute(string at, string? expected)
    {
        Assert.Equal(expected, Schedule(Weekly).ShiftAt(Instant(at), None)?.PersonId);
    }

    [Fact]
    public void WeeklyRotation_AcrossTheSpringChange_HandsOffAt0900LocalTime_AnHourEarlierInUtc()
    {
        // Berlin moves from UTC+1 to UTC+2 on Sunday 29 March 2026; Monday 30 March 09:00 is 07:00 UTC.
        var schedule = Schedule(Weekly);

        Assert.Equal("ada", schedule.ShiftAt(Instant("2026-03-30T06:59:00Z"), None)?.PersonId);
        var kofi = schedule.ShiftAt(Instant("2026-03-30T07:00:00Z"), None)!;
        Assert.Equal("kofi", kofi.PersonId);
        Assert.Equal(Instant("2026-03-30T07:00:00Z"), kofi.Start);
        Assert.Equal(Instant("2026-04-06T07:00:00Z"), kofi.End);
        var adasTurn = schedule.ShiftAt(Instant("2026-03-25T12:00:00Z"), None)!;
        Assert.Equal(TimeSpan.FromHours(167), adasTurn.End - adasTurn.Start);
    }

    [Fact]
    public void DailyHandOffInsideTheSpringGap_HappensWhenTheClockComesBack()
    {
        // 02:30 does not exist in Berlin on 29 March 2026 (02:00 jumps to 03:00 = 01:00 UTC).
        var daily = new ScheduleLayer("nights", ["ada", "kofi"], RotationLength.Daily, new DateOnly(2026, 3, 28), new TimeOnly(2, 30));
        var schedule = Schedule(daily);

        Assert.Equal("ada", schedule.ShiftAt(Instant("2026-03-29T00:59:00Z"), None)?.PersonId);
        Assert.Equal("kofi", schedule.ShiftAt(Instant("2026-03-29T01:00:00Z"), None)?.PersonId);
    }

    [Fact]
    public void DailyHandOffAtAnAutumnTimeThatHappensTwice_HappensTheSecondTime()
    {
        // 02:30 happens twice in Berlin on 25 October 2026: 00:30 UTC (summer time) and 01:30 UTC (winter time).
        var daily = new ScheduleLayer("nights", ["ada", "kofi"], RotationLength.Daily, new DateOnly(2026, 10, 24), new TimeOnly(2, 30));
        var schedule = Schedule(daily);

        Assert.Equal("ada", schedule.ShiftAt(Instant("2026-10-25T00:45:00Z"), None)?.PersonId);
        Assert.Equal("kofi", schedule.ShiftAt(Instant("2026-10-25T01:30:00Z"), None)?.PersonId);
    }

    [Fact]
    public void HourRotation_CountsElapsedHours_SoItsWallClockHandOffMovesWithDst()
    {
        var followTheSun = new ScheduleLayer("sun", ["emea", "amer"], new RotationLength(12, RotationUnit.Hours), new DateOnly(2026, 3, 28), new TimeOnly(8, 0));
        var schedule = Schedule(followTheSun);

        Assert.Equal("emea", schedule.ShiftAt(Instant("2026-03-28T07:00:00Z"), None)?.PersonId);
        Assert.Equal("amer", schedule.ShiftAt(Instant("2026-03-28T19:00:00Z"), None)?.PersonId);
        Assert.Equal("emea", schedule.ShiftAt(Instant("2026-03-29T07:00:00Z"), None)?.PersonId); // 09:00 in Berlin by then
        Assert.Equal("amer", schedule.ShiftAt(Instant("2026-03-29T06:59:00Z"), None)?.PersonId);
    }

    [Fact]
    public void ALaterLayer_CoversTheOnesBefore_OnlyInsideItsWindow()
    {
        var daytime = new ScheduleLayer(
            "office hours", ["lena"], RotationLength.Weekly, new DateOnly(2026, 3, 2), new TimeOnly(9, 0),
            new ShiftWindow(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, new TimeOnly(9, 0), new TimeOnly(17, 0)));
        var schedule = Schedule(Weekly, daytime);

        Assert.Equal("lena", schedule.ShiftAt(Instant("2026-03-03T09:00:00Z"), None)?.PersonId); // Tuesday 10:00
        Assert.Equal("ada", schedule.ShiftAt(Instant("2026-03-03T16:00:00Z"), None)?.PersonId); // Tuesday 17:00: the window has closed
        Assert.Equal("ada", schedule.ShiftAt(Instant("2026-03-07T10:00:00Z"), None)?.PersonId); // Saturday
        var lena = schedule.ShiftAt(Instant("2026-03-03T09:00:00Z"), None)!;
        Assert.Equal((Instant("2026-03-03T08:00:00Z"), Instant("2026-03-03T16:00:00Z")), (lena.Start, lena.End));
    }

    [Fact]
    public void AWindowOnlyLayer_OutsideItsWindow_HasNobodyOnCall()
    {
        var weekends = new ScheduleLayer(
            "weekends", ["tom"], RotationLength.Weekly, new DateOnly(2026, 3, 2), new TimeOnly(0, 0),
            new ShiftWindow(new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday }, new TimeOnly(0, 0), new TimeOnly(0, 0)));
        var schedule = Schedule(weekends);

        Assert.Equal("tom", schedule.ShiftAt(Instant("2026-03-08T22:59:00Z"), None)?.PersonId); // Sunday 23:59
        Assert.Null(schedule.ShiftAt(Instant("2026-03-08T23:00:00Z"), None)); // Monday 00:00
    }

    [Fact]
    public void AnOverride_CoversItsPeriodOnly_AndTheLastMadeWinsWhereTheyOverlap()
    {
        var first = Override("o1", "lena", "2026-03-10T00:00:00Z", "2026-03-12T00:00:00Z", createdAt: "2026-03-01T00:00:00Z");
        var later = Override("o2", "tom", "2026-03-11T00:00:00Z", "2026-03-11T12:00:00Z", createdAt: "2026-03-02T00:00:00Z");
        var schedule = Schedule(Weekly);
        ScheduleOverride[] overrides = [first, later];

        Assert.Equal("kofi", schedule.ShiftAt(Instant("2026-03-09T23:59:00Z"), overrides)?.PersonId);
        Assert.Equal("lena", schedule.ShiftAt(Instant("2026-03-10T00:00:00Z"), overrides)?.PersonId);
        var tom = schedule.ShiftAt(Instant("2026-03-11T06:00:00Z"), overrides)!;
        Assert.Equal(("tom", OnCallSchedule.OverrideSource, "o2"), (tom.PersonId, tom.Source, tom.OverrideId));
        Assert.Equal("lena", schedule.ShiftAt(Instant("2026-03-11T12:00:00Z"), overrides)?.PersonId);
        Assert.Equal("kofi", schedule.ShiftAt(Instant("2026-03-12T00:00:00Z"), overrides)?.PersonId);
    }

    [Fact]
    public void ASwap_CoversOnlyTheTimesTheReplacedPersonWouldHaveBeenOnCall()
    {
        // Lena takes Kofi's turns in March; Ada's and Mara's turns are untouched.
        var swap = Override("s1", "lena", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", createdAt: "2026-02-20T00:00:00Z", replaces: "kofi");
        var schedule = Schedule(Weekly);

        Assert.Equal("ada", schedule.ShiftAt(Instant("2026-03-04T12:00:00Z"), [swap])?.PersonId);
        Assert.Equal("lena", schedule.ShiftAt(Instant("2026-03-11T12:00:00Z"), [swap])?.PersonId);
        Assert.Equal("mara", schedule.ShiftAt(Instant("2026-03-18T12:00:00Z"), [swap])?.PersonId);
    }

    [Fact]
    public void Shifts_OverThreeWeeks_AreOnePerTurn_SplitWhereAnOverrideCutsIn()
    {
        var cover = Override("o1", "tom", "2026-03-10T08:00:00Z", "2026-03-10T20:00:00Z", createdAt: "2026-03-01T00:00:00Z");

        var shifts = Schedule(Weekly).Shifts(Instant("2026-03-02T08:00:00Z"), Instant("2026-03-23T08:00:00Z"), [cover]);

        Assert.Equal(
            [
                "ada 2026-03-02T08:00Z–2026-03-09T08:00Z weekly",
                "kofi 2026-03-09T08:00Z–2026-03-10T08:00Z weekly",
                "tom 2026-03-10T08:00Z–2026-03-10T20:00Z override",
                "kofi 2026-03-10T20:00Z–2026-03-16T08:00Z weekly",
                "mara 2026-03-16T08:00Z–2026-03-23T08:00Z weekly",
            ],
            shifts.Select(s => $"{s.PersonId} {Utc(s.Start)}–{Utc(s.End)} {s.Source}"));
    }

    [Fact]
    public void ShiftAt_BeforeTheFirstTurn_IsNobody()
    {
        Assert.Null(Schedule(Weekly).ShiftAt(Instant("2026-01-01T00:00:00Z"), None));
    }

    [Theory]
    [InlineData("daily", 1, RotationUnit.Days)]
    [InlineData("weekly", 1, RotationUnit.Weeks)]
    [InlineData("12h", 12, RotationUnit.Hours)]
    [InlineData("3d", 3, RotationUnit.Days)]
    [InlineData("2W", 2, RotationUnit.Weeks)]
    public void RotationLength_Reads(string text, int count, RotationUnit unit)
    {
        Assert.True(RotationLength.TryParse(text, out var length));
        Assert.Equal(new RotationLength(count, unit), length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0d")]
    [InlineData("fortnightly")]
    [InlineData("1.5d")]
    [InlineData("-1w")]
    public void RotationLength_RefusesWhatIsNotALength(string text)
    {
        Assert.False(RotationLength.TryParse(text, out _));
    }

    private static OnCallSchedule Schedule(params ScheduleLayer[] layers) => new("primary", Berlin, layers);

    private static ScheduleOverride Override(string id, string person, string from, string to, string createdAt, string? replaces = null) =>
        new(id, "primary", person, Instant(from), Instant(to), replaces, "ada", Instant(createdAt));

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
