using IncidentBot.Core.Time;

namespace IncidentBot.Core.Tests.Time;

/// <summary>The zone people read times in: fixed offsets and IANA zones, DST-correct both ways.</summary>
public sealed class DisplayZoneTests
{
    private static readonly DateTimeOffset SummerMorning = new(2024, 7, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WinterMorning = new(2024, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("+01:00", "UTC+01:00", "10:00")]
    [InlineData("+0100", "UTC+01:00", "10:00")]
    [InlineData("+1:00", "UTC+01:00", "10:00")]
    [InlineData("UTC+05:30", "UTC+05:30", "14:30")]
    [InlineData("GMT-03:00", "UTC-03:00", "06:00")]
    [InlineData("-09:30", "UTC-09:30", "23:30")]
    [InlineData("+14:00", "UTC+14:00", "23:00")]
    [InlineData("UTC", "UTC", "09:00")]
    [InlineData(" Z ", "UTC", "09:00")]
    public void TryParse_Offset_ShowsTimesAtThatOffsetAllYear(string text, string label, string time)
    {
        Assert.True(DisplayZone.TryParse(text, out var zone));

        Assert.Equal(label, zone.Label);
        Assert.Equal(time, zone.FormatTime(SummerMorning));
        Assert.Equal(time, zone.FormatTime(WinterMorning));
    }

    [Fact]
    public void TryParse_IanaZone_FollowsDaylightSavingTime()
    {
        Assert.True(DisplayZone.TryParse("Europe/London", out var zone));

        Assert.Equal("Europe/London", zone.Label);
        Assert.Equal("10:00", zone.FormatTime(SummerMorning));
        Assert.Equal("09:00", zone.FormatTime(WinterMorning));
        Assert.Equal("1 July 2024", zone.FormatDate(SummerMorning));
    }

    [Fact]
    public void FormatDate_LateEveningUtc_IsTheNextDayEastOfUtc()
    {
        var zone = DisplayZone.Parse("Asia/Tokyo");

        Assert.Equal("2 July 2024", zone.FormatDate(new DateTimeOffset(2024, 7, 1, 20, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("+15:00")]
    [InlineData("+14:30")]
    [InlineData("+01:75")]
    [InlineData("01:00")]
    [InlineData("+1")]
    public void TryParse_NeitherOffsetNorZone_ReturnsFalse(string? text)
    {
        Assert.False(DisplayZone.TryParse(text, out var zone));

        Assert.Same(DisplayZone.Utc, zone);
    }

    [Fact]
    public void Parse_Invalid_ThrowsNamingTheText()
    {
        var error = Assert.Throws<FormatException>(() => DisplayZone.Parse("Mars/Olympus_Mons"));

        Assert.Contains("'Mars/Olympus_Mons'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLocal_WallClockInTheSpringGap_MovesForwardToWhenClocksResume()
    {
        var zone = DisplayZone.Parse("Europe/London");

        var instant = zone.FromLocal(new DateTime(2024, 3, 31, 1, 30, 0, DateTimeKind.Unspecified));

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal("02:00", zone.FormatTime(instant));
    }

    [Fact]
    public void FromLocal_OrdinaryWallClock_IsTheInstantThatShowsIt()
    {
        var zone = DisplayZone.Parse("Europe/London");

        var instant = zone.FromLocal(new DateTime(2024, 7, 1, 10, 0, 0, DateTimeKind.Local));

        Assert.Equal(SummerMorning, instant);
        Assert.Equal(SummerMorning, zone.ToLocal(instant));
        Assert.Equal(TimeSpan.FromHours(1), zone.ToLocal(instant).Offset);
    }
}
