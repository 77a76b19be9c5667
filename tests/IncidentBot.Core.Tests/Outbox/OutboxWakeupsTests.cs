using IncidentBot.Core.Outbox;

namespace IncidentBot.Core.Tests.Outbox;

public sealed class OutboxWakeupsTests
{
    [Fact]
    public void TryClaim_BurstToOneLane_SchedulesOneJobUntilItStarts()
    {
        OutboxWakeups wakeups = new();

        bool[] claims = Enumerable.Range(0, 5).Select(_ => wakeups.TryClaim("slack", "C1")).ToArray();

        Assert.Equal([true, false, false, false, false], claims);
        Assert.True(wakeups.TryClaim("slack", "C2"));
        wakeups.Started("slack", "C1");
        Assert.True(wakeups.TryClaim("slack", "C1"));
    }
}
