using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

using IncidentBot.Slack.Testing;

namespace IncidentBot.Slack.Tests.WebApi;

/// <summary>The fake's own contract: it catches what a careless client sends, and its failures look like Slack's.</summary>
public sealed class FakeSlackServerTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string Json = "application/json; charset=utf-8";

    private FakeSlackServer _slack = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _slack.AddChannel("C0INC0001", "inc-1");
        _http = new HttpClient { BaseAddress = _slack.ApiBaseUrl };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    [Theory]
    [InlineData("chat.postMesage", Json, """{"channel":"C0INC0001","text":"hi"}""", "no such Web API method")]
    [InlineData("users.info", Json, """{"user":"U0BOT0001"}""", "does not accept JSON")]
    [InlineData("chat.update", Json, """{"channel":"C0INC0001","text":"hi"}""", "missing required argument 'ts'")]
    [InlineData("conversations.create", Json, """{"name":"inc-9","is_private":"true"}""", "argument 'is_private' should be boolean")]
    [InlineData("conversations.create", Json, """{"name":"inc-9","private":true}""", "argument 'private' is not in the method's spec")]
    [InlineData("conversations.invite", Json, """{"channel":"C0INC0001","users":["U1","U2"]}""", "argument 'users' should be string")]
    [InlineData("files.getUploadURLExternal", Form, "filename=a.md&length=ten", "argument 'length' should be integer")]
    [InlineData("files.getUploadURLExternal", Form, "filename=a.md&length=0", "argument 'length' is below its minimum 1")]
    [InlineData("files.completeUploadExternal", Form, "files=F1", "argument 'files' should be array")]
    [InlineData("chat.postMessage", Form, "channel=C0INC0001&blocks=%5B%7B", "argument 'blocks' should be string or null (JSON)")]
    [InlineData("chat.postMessage", "application/json", """{"channel":"C0INC0001","text":"hi"}""", "without charset=utf-8")]
    public async Task Call_BreakingTheSpec_IsRecordedAsAViolation(string method, string contentType, string body, string violation)
    {
        await PostAsync(method, contentType, body, "xoxb-1");

        Assert.Contains(_slack.Violations, v => v.StartsWith(method + ":", StringComparison.Ordinal) && v.Contains(violation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_UnknownMethod_AnswersUnknownMethod()
    {
        var answer = await PostAsync("chat.postMesage", Json, "{}", "xoxb-1");

        Assert.Equal("unknown_method", answer["error"]?.GetValue<string>());
    }

    [Fact]
    public async Task Call_MissingRequiredArgument_AnswersInvalidArgumentsWithSlacksMessage()
    {
        var answer = await PostAsync("conversations.setTopic", Json, """{"channel":"C0INC0001"}""", "xoxb-1");

        Assert.Equal("invalid_arguments", answer["error"]?.GetValue<string>());
        Assert.Contains("missing required argument 'topic'", answer["response_metadata"]?["messages"]?[0]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_WithoutToken_AnswersNotAuthed()
    {
        var answer = await PostAsync("auth.test", Form, "", token: null);

        Assert.Equal("not_authed", answer["error"]?.GetValue<string>());
        Assert.Contains(_slack.Violations, v => v.Contains("'token'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_TokenOfTheWrongKind_AnswersNotAllowedTokenType()
    {
        var answer = await PostAsync("apps.connections.open", Form, "", "xoxb-1");

        Assert.Equal("not_allowed_token_type", answer["error"]?.GetValue<string>());
        Assert.Contains(_slack.Violations, v => v.Contains("app-level token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_FormArgumentsAndBearerToken_AreRecordedAsSent()
    {
        await PostAsync("chat.postMessage", Form, "channel=C0INC0001&text=a+b&unfurl_links=false", "xoxb-1");

        var call = Assert.Single(_slack.Calls);
        Assert.Equal((FakeBodyKind.Form, "xoxb-1", "a b", "false"), (call.BodyKind, call.Token, call.Arg("text"), call.Arg("unfurl_links")));
        Assert.Equal("channel=C0INC0001&text=a+b&unfurl_links=false", call.Body);
        Assert.Empty(_slack.Violations);
    }

    [Fact]
    public async Task Call_MethodWithoutBehaviour_AnswersTheSpecsSuccessExample()
    {
        var answer = await PostAsync("conversations.members", Form, "channel=C0INC0001", "xoxb-1");

        Assert.True(answer["ok"]?.GetValue<bool>());
        Assert.IsType<JsonArray>(answer["members"]);
    }

    [Fact]
    public async Task RateLimitedFault_LooksLikeSlacks429()
    {
        var recorded = WebApiFixtures.Read("error_ratelimited_429.http.txt").ReplaceLineEndings("\n").Split("\n\n", 2);
        var headers = recorded[0].Split('\n').Skip(1).Select(h => h.Split(": ", 2)).ToDictionary(h => h[0], h => h[1], StringComparer.OrdinalIgnoreCase);
        _slack.FailNext("auth.test", 1, FakeFault.RateLimited(TimeSpan.FromSeconds(int.Parse(headers["retry-after"], System.Globalization.CultureInfo.InvariantCulture))));

        using var response = await SendAsync("auth.test", Form, "", "xoxb-1");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(headers["retry-after"], Assert.Single(response.Headers.GetValues("retry-after")));
        Assert.Equal(headers["content-type"], response.Content.Headers.ContentType?.ToString().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(JsonNode.Parse(recorded[1])!.ToJsonString(), JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString());
    }

    [Fact]
    public async Task FailNext_Count_FailsThatManyCallsThenAnswersNormally()
    {
        _slack.FailNext("auth.test", 2, FakeFault.SlackError("fatal_error"));

        var answers = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await PostAsync("auth.test", Form, "", "xoxb-1"))["error"]?.GetValue<string>());
        }

        Assert.Equal(["fatal_error", "fatal_error", null], answers);
    }

    private async Task<JsonObject> PostAsync(string method, string contentType, string body, string? token)
    {
        using var response = await SendAsync(method, contentType, body, token);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private Task<HttpResponseMessage> SendAsync(string method, string contentType, string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return _http.SendAsync(request);
    }
}
