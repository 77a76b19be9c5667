using IncidentBot.Slack.SocketMode;
using IncidentBot.Slack.Testing;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.SocketMode;

public sealed class SocketModeBackoffTests
{
    [Fact]
    public async Task Connect_SlackUnreachable_RetriesAfterDelaysThatGrowUpToTheCap()
    {
        var tuning = new SocketModeTuning { Backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), new StubRandom(0)) };
        await using var bot = await SocketModeHarness.StartAsync(tuning, b => b.Connector.FailuresLeft = 6);

        await bot.ConnectedAfterBackoffAsync(1);

        var delays = bot.Log.Values<TimeSpan>("trying again", "Delay");
        Assert.Equal([0.5, 1, 2, 4, 4, 4], delays.Select(d => d.TotalSeconds));
        var calls = bot.Connector.Calls;
        Assert.Equal(7, calls.Count);
        Assert.All(Enumerable.Range(0, 6), i => Assert.True(calls[i + 1] - calls[i] >= delays[i], $"attempt {i + 2} came {calls[i + 1] - calls[i]} after the failure"));
    }

    [Fact]
    public async Task Connect_AfterAStableConnection_StartsBackoffOverFromTheFirstDelay()
    {
        var tuning = new SocketModeTuning { Backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), new StubRandom(0)) };
        await using var bot = await SocketModeHarness.StartAsync(tuning, b => b.Connector.FailuresLeft = 3);
        var first = await bot.ConnectedAfterBackoffAsync(1);
        bot.Time.Advance(tuning.StableAfter);

        bot.Connector.FailuresLeft = 1;
        first.Drop();
        await bot.ConnectedAfterBackoffAsync(2);

        Assert.Equal([0.5, 1, 2, 0.5], bot.Log.Values<TimeSpan>("trying again", "Delay").Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Connect_SlackRefusesTheToken_StopsWithAnErrorAndNoRetry()
    {
        await using var bot = await SocketModeHarness.StartAsync(arrange: b => b.Connector.RefuseWith = "invalid_auth");

        await bot.Client.ExecuteTask!.WaitAsync(Poll.Timeout);
        bot.Time.Advance(TimeSpan.FromHours(1));

        Assert.Single(bot.Connector.Calls);
        Assert.True(bot.Log.Has(LogLevel.Error, "invalid_auth"));
    }

    [Fact]
    public async Task Connect_SlackRateLimits_RetriesAfterBackoff()
    {
        await using var bot = await SocketModeHarness.StartAsync(arrange: b => b.Connector.RefuseWith = "ratelimited");
        await Poll.UntilAsync(() => bot.Connector.Calls.Count == 1, "the first attempt");

        bot.Connector.RefuseWith = null;
        await bot.ConnectedAfterBackoffAsync(1);

        Assert.Equal(2, bot.Connector.Calls.Count);
    }

    [Fact]
    public async Task Connect_NoHelloInTime_GivesUpOnThatSocketAndTriesAgain()
    {
        await using var bot = await SocketModeHarness.StartAsync(arrange: b => b.Slack.SayHello = false);
        await Poll.UntilAsync(() => bot.Slack.Connection(1) is not null, "the first socket");

        bot.Slack.SayHello = true;
        await bot.ConnectedAfterBackoffAsync(1);

        Assert.Equal(2, bot.Slack.ConnectionCount);
        Assert.True(bot.Connector.Calls[1] - bot.Connector.Calls[0] >= bot.Tuning.HelloTimeout);
        await bot.Slack.Connection(1)!.Ended.WaitAsync(Poll.Timeout);
    }
}
