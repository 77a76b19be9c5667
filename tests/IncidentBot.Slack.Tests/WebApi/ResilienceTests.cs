using System.Net;

using IncidentBot.Slack.Testing;
using IncidentBot.Slack.WebApi;

using Polly.Timeout;

namespace IncidentBot.Slack.Tests.WebApi;

/// <summary>The transport's pipeline against a misbehaving Slack, on the test clock: waits are timers, not sleeps.</summary>
public sealed class ResilienceTests : SlackApiTestBase
{
    private const string Method = "conversations.setTopic";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Harness.Slack.AddChannel("C0INC0001", "inc-1");
    }

    private Task SetTopicAsync() => Harness.Client.Conversations.SetTopicAsync("C0INC0001", "INC-1");

    private Task ArrivedAsync(int attempt) => Harness.Slack.WaitForCallAsync(Method, attempt).WaitAsync(TestClock.Patience);

    [Fact]
    public async Task Call_RateLimitedOnce_RetriesExactlyAfterRetryAfter()
    {
        Harness.Slack.FailNext(Method, 1, FakeFault.RateLimited(TimeSpan.FromSeconds(5)));

        var call = SetTopicAsync();
        await Harness.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        Assert.Single(Harness.Slack.CallsTo(Method));
        Harness.Clock.Advance(TimeSpan.FromSeconds(5));
        await call.WaitAsync(TestClock.Patience);

        var calls = Harness.Slack.CallsTo(Method);
        Assert.Equal(2, calls.Count);
        Assert.Equal(TimeSpan.FromSeconds(5), calls[1].At - calls[0].At);
        Assert.Equal("INC-1", Harness.Slack.Channel("C0INC0001")?.Topic);
    }

    [Fact]
    public async Task Call_RateLimitedOnEveryAttempt_ThrowsRateLimitedWithSlacksRetryAfter()
    {
        Harness.Slack.FailNext(Method, SlackApiResilience.MaxAttempts, FakeFault.RateLimited(TimeSpan.FromSeconds(1)));

        var call = SetTopicAsync();
        await Harness.Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(1));
        await Harness.Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<SlackRateLimitedException>(() => call.WaitAsync(TestClock.Patience));

        Assert.Equal((Method, "ratelimited", TimeSpan.FromSeconds(1)), (error.Method, error.Error, error.RetryAfter));
        Assert.Equal(SlackApiResilience.MaxAttempts, Harness.Slack.CallsTo(Method).Count);
    }

    [Fact]
    public async Task Call_RetryAfterLongerThanThePipelineWaits_ThrowsAtOnceForTheOutboxToReschedule()
    {
        Harness.Slack.FailNext(Method, 1, FakeFault.RateLimited(TimeSpan.FromSeconds(45)));

        var error = await Assert.ThrowsAsync<SlackRateLimitedException>(SetTopicAsync);

        Assert.Equal(TimeSpan.FromSeconds(45), error.RetryAfter);
        Assert.Single(Harness.Slack.CallsTo(Method));
    }

    [Theory]
    [InlineData("server error")]
    [InlineData("dropped connection")]
    public async Task Call_TransientFailureThenSuccess_RetriesAfterOneSecond(string failure)
    {
        Harness.Slack.FailNext(Method, 1, failure == "server error" ? FakeFault.ServerError() : FakeFault.Disconnect());

        var call = SetTopicAsync();
        await Harness.Clock.AdvancePastTimerAsync(SlackApiResilience.FirstRetryDelay);
        await call.WaitAsync(TestClock.Patience);

        var calls = Harness.Slack.CallsTo(Method);
        Assert.Equal(2, calls.Count);
        Assert.Equal(SlackApiResilience.FirstRetryDelay, calls[1].At - calls[0].At);
    }

    [Fact]
    public async Task Call_ServerErrorOnEveryAttempt_ThrowsHttpRequestExceptionWithTheStatus()
    {
        Harness.Slack.FailNext(Method, SlackApiResilience.MaxAttempts, FakeFault.ServerError(503));

        var call = SetTopicAsync();
        await Harness.Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(1));
        await Harness.Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(2));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => call.WaitAsync(TestClock.Patience));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(SlackApiResilience.MaxAttempts, Harness.Slack.CallsTo(Method).Count);
    }

    [Fact]
    public async Task Call_NoAnswerWithinTheAttemptTimeout_GivesUpOnThatAttemptAndRetries()
    {
        Harness.Slack.FailNext(Method, 1, FakeFault.Delay(TimeSpan.FromMinutes(1)));

        var call = SetTopicAsync();
        await ArrivedAsync(1);
        await Harness.Clock.AdvancePastTimerAsync(SlackApiResilience.AttemptTimeout);
        await Harness.Clock.AdvancePastTimerAsync(SlackApiResilience.FirstRetryDelay);
        await call.WaitAsync(TestClock.Patience);

        Assert.Equal(2, Harness.Slack.CallsTo(Method).Count);
        Assert.Equal("INC-1", Harness.Slack.Channel("C0INC0001")?.Topic);
    }

    [Fact]
    public async Task Call_NoAnswerAtAll_GivesUpAtTheTotalTimeout()
    {
        Harness.Slack.FailNext(Method, SlackApiResilience.MaxAttempts, FakeFault.Delay(TimeSpan.FromMinutes(1)));
        var start = Harness.Clock.GetUtcNow();

        var call = SetTopicAsync();
        await ArrivedAsync(1);
        await Harness.Clock.AdvancePastTimerAsync(SlackApiResilience.AttemptTimeout);
        await Harness.Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(1));
        await ArrivedAsync(2);
        await Harness.Clock.AdvancePastTimerAsync(SlackApiResilience.AttemptTimeout);
        await Harness.Clock.AdvancePastTimerAsync(TimeSpan.FromSeconds(2));
        await ArrivedAsync(3);
        Harness.Clock.Advance(SlackApiResilience.TotalTimeout - (Harness.Clock.GetUtcNow() - start));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => call.WaitAsync(TestClock.Patience));
        Assert.Equal(SlackApiResilience.MaxAttempts, Harness.Slack.CallsTo(Method).Count);
    }

    [Fact]
    public async Task PostMessage_AppliedButUnansweredWithinTheAttemptTimeout_IsNotSentAgain()
    {
        Harness.Slack.FailNext("chat.postMessage", 1, FakeFault.AppliedThenLate(TimeSpan.FromMinutes(1)));

        var post = Harness.Client.Chat.PostMessageAsync("C0INC0001", "the note");
        await Harness.Slack.WaitForCallAsync("chat.postMessage").WaitAsync(TestClock.Patience);
        await Harness.Clock.AdvancePastTimerAsync(SlackApiResilience.AttemptTimeout);

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => post.WaitAsync(TestClock.Patience));

        // The fake records a call as it arrives and applies it just after, on its own thread.
        await Poll.UntilAsync(() => Harness.Slack.Messages("C0INC0001").Count > 0, "the post to be applied");
        Assert.Single(Harness.Slack.CallsTo("chat.postMessage"));
        Assert.Single(Harness.Slack.Messages("C0INC0001"));
    }

    [Fact]
    public async Task CreateChannel_ConnectionDroppedBeforeAnAnswer_IsNotSentAgain()
    {
        Harness.Slack.FailNext("conversations.create", 1, FakeFault.Disconnect());

        await Assert.ThrowsAsync<HttpRequestException>(() => Harness.Client.Conversations.CreateAsync("inc-2-db"));

        Assert.Single(Harness.Slack.CallsTo("conversations.create"));
    }

    [Fact]
    public async Task Call_SlackSaysNo_IsNotRetried()
    {
        Harness.Slack.FailNext(Method, 1, FakeFault.SlackError("not_in_channel"));

        var error = await Assert.ThrowsAsync<SlackApiException>(SetTopicAsync);

        Assert.Equal("not_in_channel", error.Error);
        Assert.Single(Harness.Slack.CallsTo(Method));
    }

    [Fact]
    public async Task Call_AnswerIsNotAWebApiResponse_ThrowsHttpRequestException()
    {
        Harness.Slack.FailNext(Method, 1, FakeFault.Json("<html>maintenance</html>"));

        await Assert.ThrowsAsync<HttpRequestException>(SetTopicAsync);
    }
}
