using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Graph;
using IncidentBot.Teams.Testing.Connector;
using IncidentBot.Teams.Testing.Graph;
using IncidentBot.Teams.Tests.Connector;

using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Teams.Tests.Graph;

/// <summary>Creating incident channels through the fake Graph: what is sent, and how Graph's refusals are sorted.</summary>
public sealed class GraphClientTests : GraphTestBase
{
    private const string Topic = "INC-12 · sev2 · Checkout down";

    private const string Create = "POST";

    private Task<GraphChannel> OpenAsync(string name = "inc-12-checkout-down") =>
        Harness.Opener.OpenAsync(GraphHarness.TeamId, name, Topic, Harness.Clock.GetUtcNow());

    [Fact]
    public async Task CreateChannel_Team_StandardChannelWithAGraphToken()
    {
        var channel = await OpenAsync();

        var call = Assert.Single(Harness.Graph.Calls);
        Assert.Equal((Create, $"/v1.0/teams/{GraphHarness.TeamId}/channels", 201), (call.Method, call.Path, call.StatusCode));
        Assert.Equal("inc-12-checkout-down", call.Body!["displayName"]!.GetValue<string>());
        Assert.Equal(Topic, call.Body["description"]!.GetValue<string>());
        Assert.Equal("standard", call.Body["membershipType"]!.GetValue<string>());
        Assert.Equal(FakeTokenState.Valid, Harness.Tokens.Check(call.Token, GraphTokens.Scope));
        Assert.Equal(GraphTokens.Scope, Assert.Single(Harness.Tokens.Requests)["scope"]);
        Assert.Equal(Assert.Single(Harness.Graph.Channels).Id, channel.Id);
        Assert.StartsWith("19:", channel.Id, StringComparison.Ordinal);
        Assert.Empty(Harness.Graph.Violations);
    }

    [Fact]
    public async Task Tokens_GraphAndConnector_OneOfEachScopeKeptApart()
    {
        var tokens = Harness.Services.GetRequiredService<AppTokens>();
        var graph = await Harness.Services.GetRequiredService<GraphTokens>().GetTokenAsync();
        var connector = await Harness.Services.GetRequiredService<BotConnectorTokens>().GetTokenAsync();
        var graphAgain = await tokens.GetTokenAsync(GraphTokens.Scope);

        Assert.Equal(graph, graphAgain);
        Assert.Equal(FakeTokenState.Unknown, Harness.Tokens.Check(connector, GraphTokens.Scope));
        Assert.Equal(FakeTokenState.Valid, Harness.Tokens.Check(connector));
        Assert.Equal([GraphTokens.Scope, BotConnectorTokens.Scope], Harness.Tokens.Requests.Select(r => r["scope"]));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(409)]
    public async Task Open_NameTakenByAPerson_NextSuffix(int status)
    {
        Harness.Graph.NameTakenStatus = status;
        Harness.Graph.AddChannel(GraphHarness.TeamId, "inc-12-checkout-down", "Ada's notes");

        var channel = await OpenAsync();

        Assert.Equal("inc-12-checkout-down-2", channel.DisplayName);
        Assert.Equal([status, 200, 201], Harness.Graph.Calls.Select(c => c.StatusCode));
        Assert.Equal(2, Harness.Graph.Channels.Count);
    }

    [Fact]
    public async Task Open_NameOfAnEarlierIncidentsChannel_NextSuffix()
    {
        Harness.Graph.AddChannel(GraphHarness.TeamId, "inc-12-checkout-down", Topic, Harness.Clock.GetUtcNow() - TimeSpan.FromDays(30));

        var channel = await OpenAsync();

        Assert.Equal("inc-12-checkout-down-2", channel.DisplayName);
    }

    [Fact]
    public async Task Open_AnswerLostAfterCreating_AdoptsTheChannelNotTwo()
    {
        Harness.Graph.FailNext(FakeGraphFault.LostAnswer());

        var opening = OpenAsync();
        await Harness.Clock.AdvancePastTimerAsync(IsBackoff);
        var channel = await opening.WaitAsync(TestClock.Patience);

        var only = Assert.Single(Harness.Graph.Channels);
        Assert.Equal((only.Id, "inc-12-checkout-down"), (channel.Id, channel.DisplayName));
        Assert.Equal([504, 400, 200], Harness.Graph.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Open_UnavailableOnce_RetriedOneChannel()
    {
        Harness.Graph.FailNext(FakeGraphFault.Unavailable());

        var opening = OpenAsync();
        await Harness.Clock.AdvancePastTimerAsync(IsBackoff);
        await opening.WaitAsync(TestClock.Patience);

        Assert.Equal([503, 201], Harness.Graph.Calls.Select(c => c.StatusCode));
        Assert.Single(Harness.Graph.Channels);
    }

    [Fact]
    public async Task Open_ThrottledLongerThanACallWaits_TransientWithRetryAfter()
    {
        Harness.Graph.FailNext(FakeGraphFault.Throttled(TimeSpan.FromSeconds(90)));

        var error = await Assert.ThrowsAsync<GraphTransientException>(() => OpenAsync());

        Assert.Equal((429, TimeSpan.FromSeconds(90)), (error.StatusCode, error.RetryAfter));
        Assert.Single(Harness.Graph.Calls);
        Assert.Empty(Harness.Graph.Channels);
    }

    [Fact]
    public async Task Open_Forbidden_PermanentAtOnce()
    {
        Harness.Graph.FailNext(FakeGraphFault.Forbidden());

        var error = await Assert.ThrowsAsync<GraphException>(() => OpenAsync());

        Assert.IsNotType<GraphTransientException>(error);
        Assert.Equal((403, "Forbidden", false), (error.StatusCode, error.ErrorCode, error.NameTaken));
        Assert.Single(Harness.Graph.Calls);
    }

    [Fact]
    public async Task Open_TeamTheAppIsNotIn_NotFoundPermanent()
    {
        var error = await Assert.ThrowsAsync<GraphException>(() =>
            Harness.Opener.OpenAsync("2f0b4c1e-8d7a-4a51-9d3e-0000000000ff", "inc-1", Topic, Harness.Clock.GetUtcNow()));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task CreateChannel_GraphTokenRevoked_OneFreshTokenAndOneMoreTry()
    {
        await Harness.Services.GetRequiredService<GraphTokens>().GetTokenAsync();
        Harness.Tokens.RevokeAll();

        await OpenAsync();

        Assert.Equal([401, 201], Harness.Graph.Calls.Select(c => c.StatusCode));
        Assert.Equal(2, Harness.Tokens.Requests.Count);
    }

    /// <summary>A backoff between attempts (jittered), not an attempt's or the call's timeout.</summary>
    private static bool IsBackoff(TimeSpan due) => due > TimeSpan.Zero && due <= BotConnectorResilience.LongestRetryAfterWaited;
}
