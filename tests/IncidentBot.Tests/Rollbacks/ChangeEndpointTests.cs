using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentBot.Tests.Rollbacks;

/// <summary><c>POST /changes</c>: deploys are recorded once and show up on the open incident of their service.</summary>
public sealed class ChangeEndpointTests : IAsyncLifetime
{
    private RollbackBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RollbackBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task PostChange_New_Returns201AndRepeatReturns200NotRecorded()
    {
        var change = new { id = "deploy-2.0", service = "api", version = "2.0", previous = "1.9", by = "kofi" };

        var first = await _bot.PostChangeAsync(change);
        var again = await _bot.PostChangeAsync(change);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.True((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetBoolean());
    }

    [Fact]
    public async Task PostChange_WhileServiceIncidentIsOpen_AppearsOnItsTimelineOnce()
    {
        await _bot.OpenApiIncidentAsync();
        var change = new { id = "deploy-2.1", service = "api", version = "2.1", previous = "2.0", description = "hotfix for the 5xx spike" };

        await _bot.PostChangeAsync(change);
        await _bot.PostChangeAsync(change);
        await _bot.PostChangeAsync(new { id = "deploy-web-7", service = "web", version = "7", previous = "6" });

        var changes = RollbackBot.Timeline(await _bot.IncidentAsync()).Where(e => e.Kind == "change").ToList();
        var entry = Assert.Single(changes);
        Assert.Equal("api 2.0 → 2.1: hotfix for the 5xx spike", entry.Text);
    }

    [Fact]
    public async Task PostChange_WithoutIdOrTimeSentTwice_IsRecordedAndPutOnTheTimelineOnce()
    {
        await _bot.OpenApiIncidentAsync();
        var change = new { service = "api", version = "2.2", previous = "2.1" };

        var first = await _bot.PostChangeAsync(change);
        var retry = await _bot.PostChangeAsync(change);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.False((await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetBoolean());
        Assert.Single(RollbackBot.Timeline(await _bot.IncidentAsync()), e => e.Kind == "change");
    }

    [Fact]
    public async Task PostChange_IdOfTwoKilobytes_Returns400AndRecordsNothing()
    {
        var response = await _bot.PostChangeAsync(new { id = new string('d', 2048), service = "api", version = "2.3" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await _bot.PostChangeAsync(new { id = "deploy-2.3", service = "api", version = "2.3" })).StatusCode);
    }
}
