using IncidentBot.Core.Time;

namespace IncidentBot.Core.Tests.Time;

/// <summary>Durations as people type them (<c>1h30m</c>) and read them (<c>1 hour 30 minutes</c>).</summary>
public sealed class DurationsTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("1h30m", 5400)]
    [InlineData("1d", 86400)]
    [InlineData(" 1H5M ", 3900)]
    [InlineData("0m", 0)]
    public void TryParse_Typed_GivesTheDuration(string text, int seconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));

        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("m")]
    [InlineData("1.5h")]
    [InlineData("15 m")]
    [InlineData("-5m")]
    [InlineData("5w")]
    [InlineData("soon")]
    [InlineData("1234567s")]
    public void TryParse_NotADuration_ReturnsFalseAndZero(string? text)
    {
        Assert.False(Durations.TryParse(text, out var duration));

        Assert.Equal(TimeSpan.Zero, duration);
    }

    [Fact]
    public void TryParse_MoreThanATimeSpanHolds_ReturnsFalseInsteadOfThrowing()
    {
        var text = string.Concat(Enumerable.Repeat("999999d", 11));

        Assert.False(Durations.TryParse(text, out var duration));

        Assert.Equal(TimeSpan.Zero, duration);
    }

    [Theory]
    [InlineData(0, "0 seconds")]
    [InlineData(1, "1 second")]
    [InlineData(45, "45 seconds")]
    [InlineData(60, "1 minute")]
    [InlineData(89, "1 minute")]
    [InlineData(1320, "22 minutes")]
    [InlineData(3600, "1 hour")]
    [InlineData(3900, "1 hour 5 minutes")]
    [InlineData(7170, "2 hours")]
    [InlineData(86400, "1 day")]
    [InlineData(93720, "1 day 2 hours 2 minutes")]
    public void Format_Duration_UsesTheLargestWholeUnits(int seconds, string expected)
    {
        Assert.Equal(expected, Durations.Format(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Format_JustUnderAMinute_RoundsToOneMinuteNotSixtySeconds()
    {
        Assert.Equal("1 minute", Durations.Format(TimeSpan.FromSeconds(59.7)));
    }
}
