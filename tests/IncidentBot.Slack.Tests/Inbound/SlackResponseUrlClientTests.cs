using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Replies posted to a response_url as ephemeral messages; failures logged, never thrown, the address never logged.</summary>
public sealed class SlackResponseUrlClientTests
{
    private static readonly Uri ResponseUrl = new("https://hooks.slack.com/actions/T111/111/random-value");

    private readonly StubHttpHandler _http = new();
    private readonly RecordingLogger<SlackResponseUrlClient> _log = new();

    [Fact]
    public async Task RespondAsync_Reply_PostsAnEphemeralMessageThatLeavesTheOriginal()
    {
        await Client().RespondAsync(ResponseUrl, "*INC-1* acknowledged");

        var request = Assert.Single(_http.Requests);
        Assert.Equal((HttpMethod.Post, ResponseUrl, "application/json"), (request.Method, request.Url, request.ContentType));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.False(body["replace_original"]!.GetValue<bool>());
        Assert.Equal("*INC-1* acknowledged", body["text"]!.GetValue<string>());
        Assert.Empty(_log.Entries);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task RespondAsync_SlackRefuses_LogsAWarningWithoutTheAddress(HttpStatusCode status)
    {
        _http.Status = status;

        await Client().RespondAsync(ResponseUrl, "hi");

        var entry = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("random-value", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RespondAsync_SlackUnreachable_LogsAWarningAndDoesNotThrow()
    {
        _http.Failure = new HttpRequestException("Connection refused (hooks.slack.com:443)");

        await Client().RespondAsync(ResponseUrl, "hi");

        Assert.Equal(LogLevel.Warning, Assert.Single(_log.Entries).Level);
    }

    [Fact]
    public async Task RespondAsync_Timeout_LogsAWarningAndDoesNotThrow()
    {
        _http.Failure = new TaskCanceledException("timed out", new TimeoutException());

        await Client().RespondAsync(ResponseUrl, "hi");

        Assert.Equal(LogLevel.Warning, Assert.Single(_log.Entries).Level);
    }

    [Fact]
    public async Task RespondAsync_CallerCancels_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().RespondAsync(ResponseUrl, "hi", cancelled.Token));
    }

    private SlackResponseUrlClient Client() => new(new StubHttpClientFactory(_http), _log);
}
