using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Testing.Connector;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>How the client meets a misbehaving Teams, on the test clock: waits are timers, not sleeps.</summary>
public sealed class BotConnectorFailureTests : ConnectorTestBase
{
    private const string Chat = "a:personal-chat";
    private const string Send = "Conversations_SendToConversation";

    private Task<string> SendAsync() => Harness.Client.SendAsync(Harness.Teams.ServiceUrl, Chat, OutgoingActivity.Message("You are paged for INC-42"));

    /// <summary>A backoff between attempts (jittered, so not one exact value), not an attempt's or the call's timeout.</summary>
    private static bool IsBackoff(TimeSpan due) => due > TimeSpan.Zero && due <= BotConnectorResilience.LongestRetryAfterWaited;

    [Fact]
    public async Task Send_RateLimitedOnce_RetriesAfterRetryAfterAndSucceeds()
    {
        Harness.Teams.FailNext(FakeConnectorFault.RateLimited(TimeSpan.FromSeconds(5)));

        var sending = SendAsync();
        await Harness.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        Assert.Single(Harness.Teams.Calls);
        Harness.Clock.Advance(TimeSpan.FromSeconds(5));
        var id = await sending.WaitAsync(TestClock.Patience);

        var calls = Harness.Teams.CallsTo(Send);
        Assert.Equal([429, 201], calls.Select(c => c.StatusCode));
        Assert.Equal(TimeSpan.FromSeconds(5), calls[1].At - calls[0].At);
        Assert.Equal(id, Assert.Single(Harness.Teams.ActivitiesIn(Chat)).Id);
        Assert.Empty(Harness.Teams.Violations);
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanACallWaits_ThrowsTransientWithItAtOnce()
    {
        Harness.Teams.FailNext(FakeConnectorFault.RateLimited(TimeSpan.FromSeconds(60)));

        var error = await Assert.ThrowsAsync<BotConnectorTransientException>(SendAsync);

        Assert.Equal((429, TimeSpan.FromSeconds(60)), (error.StatusCode, error.RetryAfter));
        Assert.Single(Harness.Teams.Calls);
        Assert.Empty(Harness.Teams.ActivitiesIn(Chat));
    }

    [Fact]
    public async Task Send_BadGatewayOnEveryAttempt_ThrowsTransientAfterBackingOff()
    {
        Harness.Teams.FailNext(FakeConnectorFault.ServerError(502), BotConnectorResilience.MaxAttempts);

        var sending = SendAsync();
        for (var retry = 1; retry < BotConnectorResilience.MaxAttempts; retry++)
        {
            await Harness.Clock.AdvancePastTimerAsync(IsBackoff);
        }

        var error = await Assert.ThrowsAsync<BotConnectorTransientException>(() => sending.WaitAsync(TestClock.Patience));

        Assert.Equal((502, false), (error.StatusCode, error.OutcomeUnknown));
        Assert.Equal(BotConnectorResilience.MaxAttempts, Harness.Teams.CallsTo(Send).Count);
    }

    [Fact]
    public async Task Send_MessageWritesBlocked_ThrowsUnreachableBlockedWithoutRetrying()
    {
        Harness.Teams.FailNext(FakeConnectorFault.MessageWritesBlocked());

        var error = await Assert.ThrowsAsync<TeamsRecipientUnreachableException>(SendAsync);

        Assert.Equal((TeamsUnreachableReason.Blocked, "MessageWritesBlocked", 403), (error.Reason, error.ErrorCode, error.StatusCode));
        Assert.Single(Harness.Teams.Calls);
    }

    [Fact]
    public async Task CreatePersonalConversation_AppNotInstalledForThePerson_ThrowsUnreachableNotInstalled()
    {
        Harness.Teams.MakeUnreachable("29:bob", TeamsUnreachableReason.NotInstalled);

        var error = await Assert.ThrowsAsync<TeamsRecipientUnreachableException>(
            () => Harness.Client.CreatePersonalConversationAsync(Harness.Teams.ServiceUrl, "29:bob", FakeTeamsTokenEndpoint.TenantId));

        Assert.Equal(TeamsUnreachableReason.NotInstalled, error.Reason);
        Assert.Contains("not part of the conversation roster", error.ErrorMessage);
    }

    [Fact]
    public async Task Send_TokenRefused_FetchesAFreshTokenOnceAndSucceeds()
    {
        var stale = await Harness.BotTokens.GetTokenAsync();
        Harness.Tokens.RevokeAll();

        await SendAsync();

        var calls = Harness.Teams.CallsTo(Send);
        Assert.Equal([401, 201], calls.Select(c => c.StatusCode));
        Assert.Equal(stale, calls[0].Token);
        Assert.NotEqual(stale, calls[1].Token);
        Assert.Equal(2, Harness.Tokens.Requests.Count);
        Assert.Single(Harness.Teams.ActivitiesIn(Chat));
    }

    [Fact]
    public async Task Send_RefusedWithAFreshTokenToo_FailsPermanentlyWithoutAThirdTry()
    {
        Harness.Teams.FailNext(new FakeConnectorFault(401, "Unauthorized", "Authorization has been denied for this request."), count: 3);

        var error = await Assert.ThrowsAsync<BotConnectorException>(SendAsync);

        Assert.IsNotType<BotConnectorTransientException>(error);
        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, Harness.Teams.CallsTo(Send).Count);
        Assert.Equal(2, Harness.Tokens.Requests.Count);
    }

    [Fact]
    public async Task Send_ConversationNotFound_FailsPermanentlyWithoutRetrying()
    {
        Harness.Teams.FailNext(FakeConnectorFault.ConversationNotFound());

        var error = await Assert.ThrowsAsync<BotConnectorException>(SendAsync);

        Assert.IsNotType<BotConnectorTransientException>(error);
        Assert.Equal((404, "ConversationNotFound"), (error.StatusCode, error.ErrorCode));
        Assert.Single(Harness.Teams.Calls);
    }

    [Fact]
    public async Task Send_ConnectionDroppedAfterSending_IsNotRetriedAndTheOutcomeIsUnknown()
    {
        Harness.Teams.FailNext(FakeConnectorFault.Dropped());

        var error = await Assert.ThrowsAsync<BotConnectorTransientException>(SendAsync);

        Assert.True(error.OutcomeUnknown);
        Assert.Single(Harness.Teams.Calls);
    }

    [Fact]
    public async Task Update_ConnectionDropped_IsRetriedBecauseRepeatingItIsHarmless()
    {
        var id = await SendAsync();
        Harness.Teams.FailNext(FakeConnectorFault.Dropped(), when: c => c.Operation == "Conversations_UpdateActivity");

        var updating = Harness.Client.UpdateAsync(Harness.Teams.ServiceUrl, Chat, id, OutgoingActivity.Message("INC-42 acknowledged"));
        await Harness.Clock.AdvancePastTimerAsync(IsBackoff);
        await updating.WaitAsync(TestClock.Patience);

        Assert.Equal(2, Harness.Teams.CallsTo("Conversations_UpdateActivity").Count);
        Assert.Equal("INC-42 acknowledged", Assert.Single(Harness.Teams.ActivitiesIn(Chat)).Text);
    }
}
