using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Testing.Connector;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>Client-credentials tokens for the Bot Connector, through MSAL, against the fake token endpoint.</summary>
public sealed class BotConnectorTokensTests : ConnectorTestBase
{
    /// <summary>MSAL stamps expiry on the real clock when the answer comes, a little after the test clock started.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan UntilRefresh = TimeSpan.FromHours(1) - AppTokens.RefreshBefore;

    [Fact]
    public async Task GetToken_First_AsksForClientCredentialsOfTheBotFrameworkScope()
    {
        var token = await Harness.BotTokens.GetTokenAsync();

        var request = Assert.Single(Harness.Tokens.Requests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(FakeTeamsTokenEndpoint.AppId, request["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
        Assert.Equal(FakeTokenState.Valid, Harness.Tokens.Check(token));
    }

    [Fact]
    public async Task GetToken_CalledAgain_ReusesTheToken()
    {
        var first = await Harness.BotTokens.GetTokenAsync();
        Harness.Clock.Advance(UntilRefresh - Margin);
        var second = await Harness.BotTokens.GetTokenAsync();

        Assert.Equal(first, second);
        Assert.Single(Harness.Tokens.Requests);
    }

    [Fact]
    public async Task GetToken_WithinFiveMinutesOfExpiry_FetchesANewOne()
    {
        var first = await Harness.BotTokens.GetTokenAsync();
        Harness.Clock.Advance(UntilRefresh + Margin);
        var second = await Harness.BotTokens.GetTokenAsync();

        Assert.NotEqual(first, second);
        Assert.Equal(2, Harness.Tokens.Requests.Count);
        Assert.Equal(FakeTokenState.Valid, Harness.Tokens.Check(second));
    }

    [Fact]
    public async Task GetToken_ManyCallersAtOnce_OneRequest()
    {
        Harness.Tokens.Hold();
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => Harness.BotTokens.GetTokenAsync())).ToList();
        await Poll.UntilAsync(() => Harness.Tokens.Requests.Count > 0, "the first token request");
        Harness.Tokens.Release();
        var tokens = await Task.WhenAll(callers).WaitAsync(TestClock.Patience);

        Assert.Single(tokens.Distinct());
        Assert.Single(Harness.Tokens.Requests);
    }

    [Fact]
    public async Task GetToken_Rejected_ReplacesItOnce()
    {
        var first = await Harness.BotTokens.GetTokenAsync();
        var second = await Harness.BotTokens.GetTokenAsync(rejected: first);
        var third = await Harness.BotTokens.GetTokenAsync(rejected: first);

        Assert.NotEqual(first, second);
        Assert.Equal(second, third);
        Assert.Equal(2, Harness.Tokens.Requests.Count);
    }

    [Fact]
    public async Task GetToken_WrongSecret_ThrowsAPermanentFailure()
    {
        await using var harness = await ConnectorHarness.StartAsync(options => options.AppPassword = "not-the-secret");

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => harness.BotTokens.GetTokenAsync());

        Assert.IsNotType<BotConnectorTransientException>(error);
        Assert.Equal("Token", error.Operation);
        Assert.Equal("invalid_client", error.ErrorCode);
    }

    [Fact]
    public async Task GetToken_EndpointUnavailable_ThrowsATransientFailure()
    {
        Harness.Tokens.FailNext(10, statusCode: 503);

        await Assert.ThrowsAsync<BotConnectorTransientException>(() => Harness.BotTokens.GetTokenAsync());
    }
}
