using IncidentBot.Slack.SocketMode;

namespace IncidentBot.Slack.Tests.SocketMode;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void CeilingAfter_FailuresInARow_DoublesUntilTheCap()
    {
        var backoff = new ReconnectBackoff(Second, TimeSpan.FromMinutes(1), new StubRandom(0));

        var ceilings = Enumerable.Range(1, 9).Select(backoff.CeilingAfter).Select(c => c.TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], ceilings);
        Assert.Equal(TimeSpan.FromMinutes(1), backoff.CeilingAfter(int.MaxValue));
    }

    [Theory]
    [InlineData(0.0, 4.0)]
    [InlineData(0.5, 6.0)]
    [InlineData(0.999, 7.996)]
    public void DelayAfter_Jitter_LandsInTheUpperHalfOfTheCeiling(double draw, double seconds)
    {
        var backoff = new ReconnectBackoff(Second, TimeSpan.FromMinutes(1), new StubRandom(draw));

        Assert.Equal(seconds, backoff.DelayAfter(4).TotalSeconds, precision: 6);
    }

    [Fact]
    public void DelayAfter_RealRandom_NeverBelowHalfNorAboveTheCeiling()
    {
        var backoff = new ReconnectBackoff(Second, TimeSpan.FromSeconds(30), new Random(42));

        for (var failures = 1; failures < 50; failures++)
        {
            var delay = backoff.DelayAfter(failures);
            Assert.InRange(delay, backoff.CeilingAfter(failures) / 2, backoff.CeilingAfter(failures));
        }
    }
}
