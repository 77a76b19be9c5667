namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// How long to wait before connection attempt number n after failures: the ceiling doubles from <c>first</c>
/// up to <c>cap</c>, and the delay is a random point in the upper half of it ("equal jitter"), so bots that lost
/// Slack together do not come back in step, and a failing Slack is asked at most about once per <c>cap</c>.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan first, TimeSpan cap, Random random)
{
    public static ReconnectBackoff Default => new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), Random.Shared);

    /// <summary>The delay before the next attempt after <paramref name="failures"/> failures in a row (1 or more).</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var half = CeilingAfter(failures) / 2;
        return half + (half * random.NextDouble());
    }

    /// <summary>The longest <see cref="DelayAfter"/> can be: <c>first</c> × 2^(failures − 1), at most <c>cap</c>.</summary>
    public TimeSpan CeilingAfter(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var doublings = Math.Min(failures - 1, 30);
        return TimeSpan.FromTicks((long)Math.Min(cap.Ticks, first.Ticks * Math.Pow(2, doublings)));
    }
}
