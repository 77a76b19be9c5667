using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>
/// <c>/slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c> over a recording handler: verified
/// on the raw body first, refused with 401 and not handled when the signature fails, then parsed and handed on.
/// </summary>
public sealed class SlackEndpointsTests : IAsyncLifetime
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string Json = "application/json";

    private readonly RecordingSlackInbound _inbound = new();
    private SlackTestHost _host = null!;

    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "/slack/commands", Fixture.Text("http/slash_command_docs_example.form.txt"), Form },
        { "/slack/interactions", Fixture.Text("interactivity/block_actions.form.txt"), Form },
        { "/slack/events", Fixture.Text("events/event_callback_message_user.json"), Json },
        { "/slack/events", Fixture.Text("events/url_verification.json"), Json },
    };

    public async Task InitializeAsync() => _host = await SlackTestHost.StartAsync(_inbound);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PostCommands_OfficialSigningExample_IsVerifiedThenRefusedAsAnotherAppsCommand()
    {
        var response = await _host.PostAsync(
            "/slack/commands", SignatureVector.Body, Form, SignatureVector.Timestamp, SignatureVector.Signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("answers /incident only", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _inbound.Calls);
    }

    [Fact]
    public async Task PostCommands_DocsExampleAsTheBotsCommand_HandsTheParsedCommandOn()
    {
        var response = await _host.PostSignedAsync("/slack/commands", AsTheBotsCommand(SignatureVector.Body), Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            new SlashCommand(
                "/incident", "", "U2CERLKJA", "roadrunner", "G8PSS9T3V", "foobar", "T1DC2JH3J",
                new Uri("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN"),
                "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"),
            Assert.Single(_inbound.Commands));
    }

    [Fact]
    public async Task PostCommands_BoltPythonForm_ParsesLikeSlackSdkDoes()
    {
        var parsed = Fixture.Json("http/slash_command_bolt_python.parsed.json");

        await _host.PostSignedAsync("/slack/commands", AsTheBotsCommand(Fixture.Text("http/slash_command_bolt_python.form.txt")), Form);

        var command = Assert.Single(_inbound.Commands);
        Assert.Equal("/incident", command.Command);
        Assert.Equal(parsed.GetProperty("text").GetString(), command.Text);
        Assert.Equal((parsed.GetProperty("user_id").GetString(), parsed.GetProperty("user_name").GetString()), (command.UserId, command.UserName));
        Assert.Equal((parsed.GetProperty("channel_id").GetString(), parsed.GetProperty("channel_name").GetString()), (command.ChannelId, command.ChannelName));
        Assert.Equal(parsed.GetProperty("team_id").GetString(), command.TeamId);
        Assert.Equal(parsed.GetProperty("response_url").GetString(), command.ResponseUrl?.ToString());
        Assert.Equal(parsed.GetProperty("trigger_id").GetString(), command.TriggerId);
    }

    [Fact]
    public async Task PostCommands_AnotherCommand_Is400AndNotHandled()
    {
        var response = await _host.PostSignedAsync("/slack/commands", "command=%2Fother&text=note+hi&user_id=U1&channel_id=C1&team_id=T1", Form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _inbound.Calls);
    }

    [Fact]
    public async Task PostCommands_HandlerAnswersEphemerally_ReturnsThatJson()
    {
        _inbound.Ack = SlackAck.Ephemeral("*INC-1* acknowledged");

        var response = await _host.PostSignedAsync("/slack/commands", AsTheBotsCommand(Fixture.Text("http/slash_command_docs_example.form.txt")), Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("ephemeral", "*INC-1* acknowledged"), (body["response_type"]!.GetValue<string>(), body["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PostCommands_FormWithoutAUser_Is400AndNotHandled()
    {
        var response = await _host.PostSignedAsync("/slack/commands", "command=%2Fincident&text=ack&channel_id=C1&team_id=T1", Form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _inbound.Calls);
    }

    [Fact]
    public async Task PostInteractions_BlockActionsForm_HandsThePayloadJsonOnAndAcksEmpty()
    {
        var response = await _host.PostSignedAsync("/slack/interactions", Fixture.Text("interactivity/block_actions.form.txt"), Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var payload = Assert.Single(_inbound.Interactions);
        Assert.True(JsonElement.DeepEquals(Fixture.Json("interactivity/block_actions.json"), payload));
    }

    [Theory]
    [InlineData("token=x&team_id=T1")]
    [InlineData("payload=not-json")]
    [InlineData("payload=%5B1%2C2%5D")]
    public async Task PostInteractions_WithoutAJsonObjectPayload_Is400AndNotHandled(string body)
    {
        var response = await _host.PostSignedAsync("/slack/interactions", body, Form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _inbound.Calls);
    }

    [Fact]
    public async Task PostEvents_UrlVerification_EchoesTheChallengeWithoutTheHandler()
    {
        var response = await _host.PostSignedAsync("/slack/events", Fixture.Text("events/url_verification.json"), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(Fixture.Json("events/url_verification.json").GetProperty("challenge").GetString(), body["challenge"]!.GetValue<string>());
        Assert.Equal(0, _inbound.Calls);
    }

    [Theory]
    [InlineData("events/event_callback_app_mention.json")]
    [InlineData("events/app_rate_limited.json")]
    public async Task PostEvents_Callback_HandsItOnAndAcksEmpty(string fixture)
    {
        var response = await _host.PostSignedAsync("/slack/events", Fixture.Text(fixture), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.True(JsonElement.DeepEquals(Fixture.Json(fixture), Assert.Single(_inbound.Events)));
    }

    [Fact]
    public async Task PostEvents_SlackRetry_IsStillHandedOnForTheHandlerToDedupe()
    {
        var body = Fixture.Text("events/event_callback_app_mention.json");
        var timestamp = SignatureVector.Timestamp;

        var response = await _host.PostAsync("/slack/events", body, Json, timestamp, SignatureVector.Sign(body, timestamp), retry: 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_inbound.Events);
    }

    [Theory]
    [InlineData("/slack/commands", "http/slash_command_docs_example.form.txt")]
    [InlineData("/slack/interactions", "interactivity/block_actions.form.txt")]
    public async Task Post_SameSignedRequestAgain_Is409AndNotHandledAgain(string path, string fixture)
    {
        var body = AsTheBotsCommand(Fixture.Text(fixture));
        var signature = SignatureVector.Sign(body, SignatureVector.Timestamp);

        var first = await _host.PostAsync(path, body, Form, SignatureVector.Timestamp, signature);
        _host.Time.Advance(TimeSpan.FromMinutes(4));
        var replay = await _host.PostAsync(path, body, Form, SignatureVector.Timestamp, signature);
        var upperCased = await _host.PostAsync(path, body, Form, SignatureVector.Timestamp, "v0=" + signature[3..].ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("replay", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, upperCased.StatusCode);
        Assert.Equal(1, _inbound.Calls);
    }

    [Fact]
    public async Task PostEvents_SameSignedEventAgain_IsHandedOnForTheHandlerToDedupeByEventId()
    {
        var body = Fixture.Text("events/event_callback_app_mention.json");
        var signature = SignatureVector.Sign(body, SignatureVector.Timestamp);

        var first = await _host.PostAsync("/slack/events", body, Json, SignatureVector.Timestamp, signature);
        var again = await _host.PostAsync("/slack/events", body, Json, SignatureVector.Timestamp, signature, retry: 1);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(2, _inbound.Events.Count);
    }

    [Fact]
    public async Task PostEvents_EventIdLongerThanSlacksOwn_Is400WithNoRetryAndNotHandled()
    {
        var body = new JsonObject { ["type"] = "event_callback", ["event_id"] = new string('E', 5_000), ["event"] = new JsonObject { ["type"] = "message" } }.ToJsonString();

        var response = await _host.PostSignedAsync("/slack/events", body, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues(SlackEndpoints.NoRetryHeader)));
        Assert.Equal(0, _inbound.Calls);
    }

    [Theory]
    [InlineData("{\"type\": \"event_callback\"")]
    [InlineData("[]")]
    public async Task PostEvents_NotAJsonObject_Is400WithNoRetryAndNotHandled(string body)
    {
        var response = await _host.PostSignedAsync("/slack/events", body, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues(SlackEndpoints.NoRetryHeader)));
        Assert.Equal(0, _inbound.Calls);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_BadSignature_Is401AndNotHandled(string path, string body, string contentType)
    {
        var signature = SignatureVector.Sign(body, SignatureVector.Timestamp, "not-the-signing-secret");

        var response = await _host.PostAsync(path, body, contentType, SignatureVector.Timestamp, signature);

        await AssertRefusedAsync(response, "X-Slack-Signature does not match the body");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_TamperedBody_Is401AndNotHandled(string path, string body, string contentType)
    {
        var signature = SignatureVector.Sign(body, SignatureVector.Timestamp);

        var response = await _host.PostAsync(path, body.Replace("C111", "C666", StringComparison.Ordinal) + " ", contentType, SignatureVector.Timestamp, signature);

        await AssertRefusedAsync(response, "X-Slack-Signature does not match the body");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_SignedMoreThanFiveMinutesAgo_Is401AndNotHandled(string path, string body, string contentType)
    {
        var response = await _host.PostSignedAsync(path, body, contentType, Seconds(-301));

        await AssertRefusedAsync(response, "X-Slack-Request-Timestamp is more than 5 minutes old");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_SignedMoreThanFiveMinutesAhead_Is401AndNotHandled(string path, string body, string contentType)
    {
        var response = await _host.PostSignedAsync(path, body, contentType, Seconds(301));

        await AssertRefusedAsync(response, "X-Slack-Request-Timestamp is more than 5 minutes ahead");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_WithoutSignatureHeaders_Is401AndNotHandled(string path, string body, string contentType)
    {
        await AssertRefusedAsync(await _host.PostAsync(path, body, contentType, null, null), "missing X-Slack-Request-Timestamp header");
        await AssertRefusedAsync(await _host.PostAsync(path, body, contentType, SignatureVector.Timestamp, null), "missing X-Slack-Signature header");
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_Is413AndNotHandled()
    {
        var body = "payload=" + new string('x', 1024 * 1024);

        var response = await _host.PostSignedAsync("/slack/interactions", body, Form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _inbound.Calls);
    }

    [Theory]
    [InlineData(1024 * 1024, HttpStatusCode.OK)]
    [InlineData((1024 * 1024) + 1, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Post_UnsizedBody_IsReadUpToOneMebibyte(int length, HttpStatusCode expected)
    {
        var start = Fixture.Text("events/event_callback_app_mention.json").TrimEnd()[..^1] + ", \"padding\": \"";
        var body = start + new string('x', length - start.Length - 2) + "\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new UnsizedContent(body) };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, SignatureVector.Timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SignatureVector.Sign(body, SignatureVector.Timestamp));

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(length, Encoding.UTF8.GetByteCount(body));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, _inbound.Calls);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task MapSlack_WithoutSigningSecret_MapsNoEndpoint(string? secret)
    {
        var inbound = new RecordingSlackInbound();
        await using var host = await SlackTestHost.StartAsync(inbound, o => o.SigningSecret = secret);

        var response = await host.PostAsync("/slack/commands", SignatureVector.Body, Form, SignatureVector.Timestamp, SignatureVector.Signature);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, inbound.Calls);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(reason, body["error"]!.GetValue<string>());
        Assert.Equal(0, _inbound.Calls);
    }

    private static string Seconds(int fromVector) =>
        (long.Parse(SignatureVector.Timestamp, System.Globalization.CultureInfo.InvariantCulture) + fromVector).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An SDK's or the docs' example form with its command replaced by the bot's (Slack sends an app only its own).</summary>
    private static string AsTheBotsCommand(string form) =>
        System.Text.RegularExpressions.Regex.Replace(form, "command=[^&]*", "command=%2Fincident");
}
