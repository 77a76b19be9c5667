using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Slack <c>ts</c> values read as instants, to the microsecond.</summary>
public sealed class SlackTimestampTests
{
    [Theory]
    [InlineData("1610261659.001400", 1610261659, 1400)]
    [InlineData("1665102362.000000", 1665102362, 0)]
    [InlineData("1665102338.901939", 1665102338, 901939)]
    [InlineData("111.222", 111, 222000)]
    [InlineData("1531420618", 1531420618, 0)]
    public void TryParse_SlackTimestamp_IsThatInstantToTheMicrosecond(string ts, long seconds, int microseconds)
    {
        Assert.True(SlackTimestamp.TryParse(ts, out var at));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(microseconds * TimeSpan.TicksPerMicrosecond), at);
        Assert.Equal(TimeSpan.Zero, at.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("outbox-7")]
    [InlineData("1610261659.")]
    [InlineData(".001400")]
    [InlineData("1610261659.0014001")]
    [InlineData("1610261659.00a400")]
    [InlineData("-1610261659.001400")]
    [InlineData("1610261659.-01400")]
    [InlineData("99999999999999999.000000")]
    public void TryParse_NotASlackTimestamp_IsFalse(string? ts)
    {
        Assert.False(SlackTimestamp.TryParse(ts, out _));
    }
}
