using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Core.Storage;
using IncidentBot.Storage.Tests;
using IncidentBot.Tests.Rollbacks;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Host;

/// <summary>
/// The disk under the data folder fills up while the bot runs: every inbound write answers 503 with Retry-After (so
/// the sender retries), reads keep working, and the very same requests succeed once there is space again.
/// </summary>
public sealed class FullDiskEndpointTests : IAsyncLifetime
{
    private readonly FullDisk _disk = new();
    private RollbackBot _bot = null!;
    private string _rollbackId = "";
    private string _channelName = "";

    public async Task InitializeAsync()
    {
        _bot = await RollbackBot.StartAsync(factory =>
        {
            factory.WrapDataFiles = _disk.Wrap;
            // Jobs in the database file, as in production: they share its commit thread.
            factory.Settings["IncidentBot:JobStorage"] = "database";
        });
        (await _bot.PostChangeAsync(new { id = "deploy-2.0", service = "api", version = "2.0", previous = "1.9" })).EnsureSuccessStatusCode();
        var channelId = await _bot.OpenApiIncidentAsync();
        _channelName = _bot.Factory.Workspace.Channels.Single(c => c.Id == channelId).Name;
        _bot.Webhook.Reply(WebhookReply.Accepted());
        _rollbackId = await _bot.ConfirmRollbackAsync(channelId);
        await _bot.Webhook.WaitForRequestsAsync(1);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task DiskFull_WritesAnswer503WithRetryAfterAndReadsWork_TheSameRequestsSucceedOnceSpaceReturns()
    {
        _disk.IsFull = true;
        foreach (var send in Writes())
        {
            using var refused = await send();
            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, await refused.Content.ReadAsStringAsync());
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.Contains("cannot take writes", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var whileFull = await _bot.IncidentAsync();
        Assert.Equal(1, whileFull.GetProperty("number").GetInt32());
        Assert.DoesNotContain(RollbackBot.Timeline(whileFull), e => e.Kind is "note" or "rollback-succeeded");
        Assert.Single(await _bot.Service<IIncidentStore>().ListAsync());
        Assert.True((await _bot.Client.GetAsync("/healthz")).IsSuccessStatusCode);

        _disk.IsFull = false;
        HttpStatusCode[] accepted = [HttpStatusCode.Accepted, HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK];
        foreach (var (send, expected) in Writes().Zip(accepted))
        {
            using var response = await send();
            Assert.Equal(expected, response.StatusCode);
        }

        var incident = await _bot.IncidentAsync();
        Assert.Contains(RollbackBot.Timeline(incident), e => e is { Kind: "note" } && e.Text.Contains("Disk filled up", StringComparison.Ordinal));
        Assert.Contains(RollbackBot.Timeline(incident), e => e.Kind == "rollback-succeeded");
        Assert.Equal(2, (await _bot.Service<IIncidentStore>().ListAsync()).Count);
    }

    /// <summary>One request per kind of inbound write: an alert, a deploy, a rollback outcome, a command typed in the channel.</summary>
    private IEnumerable<Func<Task<HttpResponseMessage>>> Writes() =>
    [
        () => PostAsync("/alerts/generic", BotFactory.AlertToken, new { title = "Queue backlog", id = "queue-1", groupKey = "queue", startsAt = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero) }),
        () => _bot.PostChangeAsync(new { id = "deploy-2.1", service = "api", version = "2.1", previous = "2.0" }),
        () => _bot.CallBackAsync(_rollbackId, $$"""{"rollbackId": "{{_rollbackId}}", "status": "succeeded", "message": "back on 1.9"}"""),
        () => PostAsync("/local/say", BotFactory.ApiToken, new { @as = "ada", channel = _channelName, text = "/incident note Disk filled up on the bot" }),
    ];

    private async Task<HttpResponseMessage> PostAsync(string path, string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _bot.Client.SendAsync(request);
    }
}
