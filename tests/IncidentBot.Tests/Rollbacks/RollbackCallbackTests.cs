using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;

namespace IncidentBot.Tests.Rollbacks;

/// <summary>
/// <c>POST /rollbacks/{id}</c>: the deploy system reports the outcome of a rollback it accepted, signed
/// with the service's secret; anything else changes nothing.
/// </summary>
public sealed class RollbackCallbackTests : IAsyncLifetime
{
    private RollbackBot _bot = null!;
    private string _rollbackId = "";

    public async Task InitializeAsync()
    {
        _bot = await RollbackBot.StartAsync();
        (await _bot.PostChangeAsync(new { id = "deploy-2.0", service = "api", version = "2.0", previous = "1.9" })).EnsureSuccessStatusCode();
        var channelId = await _bot.OpenApiIncidentAsync();
        _bot.Webhook.Reply(WebhookReply.Accepted());
        _rollbackId = await _bot.ConfirmRollbackAsync(channelId);
        await _bot.Webhook.WaitForRequestsAsync(1);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private string Succeeded => SucceededFor(_rollbackId);

    [Fact]
    public async Task Callback_Unsigned_Returns401AndRecordsNothing()
    {
        var response = await _bot.CallBackAsync(_rollbackId, Succeeded, secret: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task Callback_SignedWithAnotherSecret_Returns401AndRecordsNothing()
    {
        var response = await _bot.CallBackAsync(_rollbackId, Succeeded, secret: "not-the-api-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task Callback_SignedForAnUnknownRollback_Returns404()
    {
        var response = await _bot.CallBackAsync("rb-999", SucceededFor("rb-999"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-api-secret")]
    public async Task Callback_NotSignedWithAServiceSecret_AnswersTheSameWhetherTheRollbackExistsOrNot(string? secret)
    {
        var known = await _bot.CallBackAsync(_rollbackId, Succeeded, secret);
        var unknown = await _bot.CallBackAsync("rb-999", SucceededFor("rb-999"), secret);
        var huge = await _bot.CallBackAsync(new string('x', 5_000), Succeeded, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, known.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, huge.StatusCode);
        var refusal = await known.Content.ReadAsStringAsync();
        Assert.Equal(refusal, await unknown.Content.ReadAsStringAsync());
        Assert.Equal(refusal, await huge.Content.ReadAsStringAsync());
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"status\": ")]
    [InlineData("[\"succeeded\"]")]
    [InlineData("{\"message\": \"done\"}")]
    [InlineData("{\"status\": \"maybe\"}")]
    [InlineData("{\"status\": \"accepted\"}")]
    [InlineData("{\"status\": \"succeeded\", \"message\": \"names no rollback\"}")]
    public async Task Callback_SignedButNotAnOutcome_Returns400AndRecordsNothing(string body)
    {
        var response = await _bot.CallBackAsync(_rollbackId, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task Callback_SignedForAnotherRollbackOfTheService_Returns400AndRecordsNothing()
    {
        var response = await _bot.CallBackAsync(_rollbackId, SucceededFor("rb-3"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task Callback_RepeatedAfterTheBotStoppedBetweenSavingTheRollbackAndTheIncident_PutsTheOutcomeOnTheTimelineOnce()
    {
        var store = _bot.Service<IRollbackStore>();
        var rollback = (await store.GetAsync(_rollbackId))!;
        (rollback.Status, rollback.FinishedAt, rollback.Message) = (RollbackStatus.Succeeded, _bot.Service<TimeProvider>().GetUtcNow(), "api is on 1.9");
        await store.SaveAsync(rollback);

        var retried = await _bot.CallBackAsync(_rollbackId, Succeeded);
        var again = await _bot.CallBackAsync(_rollbackId, Succeeded);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var succeeded = Assert.Single(RollbackBot.Timeline(await _bot.IncidentAsync()), e => e.Kind == "rollback-succeeded");
        Assert.Contains("api is on 1.9", succeeded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_Valid_RecordsOutcomeAndRepeatChangesNothing()
    {
        var first = await _bot.CallBackAsync(_rollbackId, Succeeded);
        var again = await _bot.CallBackAsync(_rollbackId, Succeeded);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("recorded").GetBoolean());
        Assert.Equal("succeeded", answer.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetBoolean());
        var incident = await _bot.IncidentAsync();
        var succeeded = Assert.Single(RollbackBot.Timeline(incident), e => e.Kind == "rollback-succeeded");
        Assert.Contains("api is on 1.9", succeeded.Text, StringComparison.Ordinal);
        Assert.Equal(RollbackStatus.Succeeded, (await _bot.Service<IRollbackStore>().GetAsync(_rollbackId))!.Status);
    }

    private async Task AssertNothingRecordedAsync()
    {
        var incident = await _bot.IncidentAsync();
        Assert.DoesNotContain("rollback-succeeded", RollbackBot.Kinds(incident));
        Assert.DoesNotContain("rollback-failed", RollbackBot.Kinds(incident));
        Assert.Equal(RollbackStatus.Started, (await _bot.Service<IRollbackStore>().GetAsync(_rollbackId))!.Status);
    }

    /// <summary>A signed callback's body as the deploy system sends it: it names the rollback it reports on.</summary>
    private static string SucceededFor(string rollbackId) =>
        $$"""{"rollbackId": "{{rollbackId}}", "status": "succeeded", "message": "api is on 1.9"}""";
}
