using IncidentBot.Slack.WebApi;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.Tests.WebApi;

/// <summary>At most one chat.postMessage per channel per <see cref="SlackOptions.PostInterval"/>, on the test clock.</summary>
public sealed class PacingTests : SlackApiTestBase
{
    private static readonly TimeSpan Interval = SlackApiHarness.PostInterval;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Harness.Slack.AddChannel("C0INC0001", "inc-1");
        Harness.Slack.AddChannel("C0INC0002", "inc-2");
    }

    [Fact]
    public async Task PostMessageAsync_TwoPostsToOneChannel_TheSecondWaitsThePostInterval()
    {
        await Harness.Client.Chat.PostMessageAsync("C0INC0001", "first");

        var second = Harness.Client.Chat.PostMessageAsync("C0INC0001", "second");
        await Harness.Clock.WaitForTimerAsync(Interval);
        Assert.Single(Harness.Slack.CallsTo("chat.postMessage"));
        Harness.Clock.Advance(Interval);
        await second.WaitAsync(TestClock.Patience);

        var calls = Harness.Slack.CallsTo("chat.postMessage");
        Assert.Equal(Interval, calls[1].At - calls[0].At);
        Assert.Equal(["first", "second"], Harness.Slack.Messages("C0INC0001").Select(m => m.Text));
    }

    [Fact]
    public async Task PostMessageAsync_PostsToTwoChannels_NeitherWaits()
    {
        var start = Harness.Clock.GetUtcNow();

        await Harness.Client.Chat.PostMessageAsync("C0INC0001", "one").WaitAsync(TestClock.Patience);
        await Harness.Client.Chat.PostMessageAsync("C0INC0002", "two").WaitAsync(TestClock.Patience);

        Assert.All(Harness.Slack.CallsTo("chat.postMessage"), call => Assert.Equal(start, call.At));
    }

    [Fact]
    public async Task PostMessageAsync_TwoClientsFromTheContainer_SharePacing()
    {
        var first = Harness.Services.GetRequiredService<SlackApiClient>();
        var second = Harness.Services.GetRequiredService<SlackApiClient>();
        await first.Chat.PostMessageAsync("C0INC0001", "first");

        var waiting = second.Chat.PostMessageAsync("C0INC0001", "second");
        await Harness.Clock.AdvancePastTimerAsync(Interval);
        await waiting.WaitAsync(TestClock.Patience);

        var calls = Harness.Slack.CallsTo("chat.postMessage");
        Assert.Equal(Interval, calls[1].At - calls[0].At);
    }

    [Fact]
    public async Task WaitTurnAsync_ThreePostsAtOnce_GoOneIntervalApart()
    {
        var pacer = new ChannelPostPacer(Harness.Clock, Options.Create(new SlackOptions { PostInterval = Interval }));

        var turns = new[] { pacer.WaitTurnAsync("C1"), pacer.WaitTurnAsync("C1"), pacer.WaitTurnAsync("C1") };
        var doneAtStart = turns.Select(t => t.IsCompleted).ToArray();
        Harness.Clock.Advance(Interval);
        var doneAfterOne = turns.Select(t => t.IsCompleted).ToArray();
        Harness.Clock.Advance(Interval);
        await Task.WhenAll(turns).WaitAsync(TestClock.Patience);

        Assert.Equal([true, false, false], doneAtStart);
        Assert.Equal([true, true, false], doneAfterOne);
    }

    [Fact]
    public void WaitTurnAsync_AfterTheIntervalHasPassed_DoesNotWait()
    {
        var pacer = new ChannelPostPacer(Harness.Clock, Options.Create(new SlackOptions { PostInterval = Interval }));
        _ = pacer.WaitTurnAsync("C1");

        Harness.Clock.Advance(Interval);

        Assert.True(pacer.WaitTurnAsync("C1").IsCompleted);
    }
}
