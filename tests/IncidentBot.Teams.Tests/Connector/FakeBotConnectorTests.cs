using System.Net;
using System.Net.Http.Headers;
using System.Text;

using IncidentBot.Teams.Testing.Connector;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>The fake Bot Connector itself: it flags what the real one would refuse, so client tests can trust an empty <see cref="FakeBotConnector.Violations"/>.</summary>
public sealed class FakeBotConnectorTests : ConnectorTestBase
{
    private const string Activities = "v3/conversations/a%3Achat/activities";

    [Fact]
    public async Task ARouteTheSwaggerDoesNotHave_IsFlaggedAndAnswered404()
    {
        var status = await SendAsync(HttpMethod.Post, "v3/conversations/a%3Achat/messages", """{"type":"message","text":"hi"}""");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("no such route", Assert.Single(Harness.Teams.Violations));
    }

    [Fact]
    public async Task AMethodTheRouteDoesNotHave_IsFlagged()
    {
        var status = await SendAsync(HttpMethod.Patch, Activities + "/1795569074758", """{"type":"message","text":"hi"}""");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("has no PATCH operation", Assert.Single(Harness.Teams.Violations));
    }

    [Fact]
    public async Task NoBearerToken_IsFlaggedAndAnswered401()
    {
        var status = await SendAsync(HttpMethod.Post, Activities, """{"type":"message","text":"hi"}""", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("no bearer token", Assert.Single(Harness.Teams.Violations));
    }

    [Fact]
    public async Task ATokenTheTokenEndpointNeverIssued_IsFlagged()
    {
        var status = await SendAsync(HttpMethod.Post, Activities, """{"type":"message","text":"hi"}""", token: "made-up");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("never issued", Assert.Single(Harness.Teams.Violations));
    }

    [Fact]
    public async Task AnExpiredToken_IsAnswered401WithoutAViolation()
    {
        var token = await Harness.BotTokens.GetTokenAsync();
        Harness.Clock.Advance(TimeSpan.FromHours(1));

        var status = await SendAsync(HttpMethod.Post, Activities, """{"type":"message","text":"hi"}""", token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(Harness.Teams.Violations);
    }

    [Theory]
    [InlineData("""{"type":"message","txt":"hi"}""", "body.txt: not a property")]
    [InlineData("""{"text":"hi"}""", "the activity has no type")]
    [InlineData("""{"type":"message","text":"hi","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{}}]}""", "text and attachments")]
    [InlineData("""{"type":"message","text":42}""", "body.text: expected string")]
    [InlineData("""{"type":"shout","text":"hi"}""", "'shout' is not one of")]
    [InlineData("", "the body (Activity) is required")]
    public async Task ABodyTeamsWouldRefuse_IsFlaggedAndAnswered400(string body, string violation)
    {
        var status = await SendAsync(HttpMethod.Post, Activities, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(Harness.Teams.Violations, v => v.Contains(violation, StringComparison.Ordinal));
        Assert.Empty(Harness.Teams.Activities);
    }

    [Fact]
    public async Task ACreateConversationThatIsNeitherThreadNorChat_IsFlagged()
    {
        var status = await SendAsync(HttpMethod.Post, "v3/conversations", """{"isGroup":true,"activity":{"type":"message","text":"hi"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("neither a channel thread", Assert.Single(Harness.Teams.Violations));
    }

    [Fact]
    public async Task AGoodCall_IsAppliedWithoutViolations()
    {
        var status = await SendAsync(HttpMethod.Post, Activities, """{"type":"message","text":"hi","entities":[{"type":"mention","text":"<at>Alice</at>","mentioned":{"id":"29:alice","name":"Alice"}}]}""");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Empty(Harness.Teams.Violations);
        Assert.Equal("hi", Assert.Single(Harness.Teams.ActivitiesIn("a:chat")).Text);
    }

    private async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, string body, string? token = "")
    {
        token = token == "" ? await Harness.BotTokens.GetTokenAsync() : token;
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(Harness.Teams.ServiceUrl, path));
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
