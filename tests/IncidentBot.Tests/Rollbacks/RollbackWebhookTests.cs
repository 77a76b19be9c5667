using System.Text.Json;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using IncidentBot.Core.Jobs;
using IncidentBot.Deploys;
using IncidentBot.Security;

namespace IncidentBot.Tests.Rollbacks;

/// <summary>
/// <c>/incident rollback api</c> → Confirm → the signed webhook call → the outcome on the timeline, through
/// the real host and a fake deploy webhook on loopback.
/// </summary>
public sealed class RollbackWebhookTests : IAsyncLifetime
{
    private RollbackBot _bot = null!;
    private string _channelId = "";

    public async Task InitializeAsync()
    {
        _bot = await RollbackBot.StartAsync();
        var change = await _bot.PostChangeAsync(new { id = "deploy-2.0", service = "api", version = "2.0", previous = "1.9", by = "kofi" });
        change.EnsureSuccessStatusCode();
        _channelId = await _bot.OpenApiIncidentAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Rollback_RequestedForService_PromptsFromCurrentToPreviousVersionWithConfirmAndCancel()
    {
        var result = await _bot.Factory.User.SayAsync(_bot.Ada, _channelId, "/incident rollback api");

        Assert.Contains("from 2.0 to 1.9", result.Reply, StringComparison.Ordinal);
        var prompt = _bot.Prompt(_channelId);
        Assert.Contains("roll back api from 2.0 to 1.9", prompt.Text, StringComparison.Ordinal);
        Assert.Equal(["Confirm", "Cancel"], prompt.Buttons.Select(b => b.Label));
        Assert.Empty(_bot.Webhook.Requests);
    }

    [Fact]
    public async Task Confirm_WebhookAnswersSucceeded_SendsSignedOrderOnceAndRecordsSuccess()
    {
        _bot.Webhook.Reply(WebhookReply.Outcome("succeeded", "api is on 1.9 in every region"));

        var rollbackId = await _bot.ConfirmRollbackAsync(_channelId);

        var incident = await _bot.WaitForIncidentAsync(i => RollbackBot.Kinds(i).Contains("rollback-succeeded"));
        var request = Assert.Single(_bot.Webhook.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/rollback", request.Path);
        Assert.Equal(RequestAuthenticator.Sign(request.Body, RollbackBot.Secret), request.Header(RequestAuthenticator.SignatureHeader));
        Assert.Equal(rollbackId, request.Header(WebhookDeploySystem.IdempotencyHeader));
        var body = request.Json();
        Assert.Equal(
            ["callbackUrl", "fromVersion", "incident", "requestedBy", "rollbackId", "service", "toVersion"],
            body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(rollbackId, body.GetProperty("rollbackId").GetString());
        Assert.Equal("INC-1", body.GetProperty("incident").GetString());
        Assert.Equal("api", body.GetProperty("service").GetString());
        Assert.Equal("2.0", body.GetProperty("fromVersion").GetString());
        Assert.Equal("1.9", body.GetProperty("toVersion").GetString());
        Assert.Equal("ada", body.GetProperty("requestedBy").GetString());
        Assert.Equal($"{RollbackBot.PublicBaseUrl}/rollbacks/{rollbackId}", body.GetProperty("callbackUrl").GetString());
        var rollbackEntries = RollbackBot.Timeline(incident).Where(e => e.Kind.StartsWith("rollback-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["rollback-requested", "rollback-started", "rollback-succeeded"], rollbackEntries.Select(e => e.Kind));
        Assert.Contains("api is on 1.9 in every region", rollbackEntries[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WithToVersion_AsksForThatVersion()
    {
        await _bot.ConfirmRollbackAsync(_channelId, "/incident rollback api to 1.7");

        var incident = await _bot.WaitForIncidentAsync(i => RollbackBot.Kinds(i).Contains("rollback-succeeded"));
        var body = Assert.Single(_bot.Webhook.Requests).Json();
        Assert.Equal("2.0", body.GetProperty("fromVersion").GetString());
        Assert.Equal("1.7", body.GetProperty("toVersion").GetString());
        Assert.Contains(RollbackBot.Timeline(incident), e => e is { Kind: "rollback-started" } && e.Text.Contains("from 2.0 to 1.7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confirm_WebhookAnswersFailed_RecordsFailureWithMessageAndSaysServiceIsStillOnCurrentVersion()
    {
        _bot.Webhook.Reply(WebhookReply.Outcome("failed", "schema migration 0042 cannot be reverted"));

        await _bot.ConfirmRollbackAsync(_channelId);

        var incident = await _bot.WaitForIncidentAsync(i => RollbackBot.Kinds(i).Contains("rollback-failed"));
        var failed = Assert.Single(RollbackBot.Timeline(incident), e => e.Kind == "rollback-failed");
        Assert.Contains("schema migration 0042 cannot be reverted", failed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("rollback-succeeded", RollbackBot.Kinds(incident));
        Assert.Contains(_bot.Factory.Workspace.MessagesSeenBy(_channelId, "ada"), m => m.Text.Contains("still on 2.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confirm_WebhookRefusesWith4xx_RecordsFailureWithoutRetrying()
    {
        _bot.Webhook.Reply(new WebhookReply(403, "{\"error\": \"api is frozen\"}"));

        await _bot.ConfirmRollbackAsync(_channelId);

        var incident = await _bot.WaitForIncidentAsync(i => RollbackBot.Kinds(i).Contains("rollback-failed"));
        Assert.Contains(RollbackBot.Timeline(incident), e => e is { Kind: "rollback-failed" } && e.Text.Contains("403", StringComparison.Ordinal));
        Assert.Single(_bot.Webhook.Requests);
    }

    [Fact]
    public async Task Confirm_WebhookAccepts_WaitsForTheSignedCallbackAndRecordsItsOutcome()
    {
        _bot.Webhook.Reply(WebhookReply.Accepted());

        var rollbackId = await _bot.ConfirmRollbackAsync(_channelId);
        await WaitForRollbackJobAsync("succeeded", m => m.SucceededJobs(0, 100).Select(j => j.Value.Job));
        var pending = await _bot.IncidentAsync();
        var callback = await _bot.CallBackAsync(rollbackId, $$"""{"rollbackId": "{{rollbackId}}", "status": "succeeded", "message": "canary healthy on 1.9"}""");

        Assert.DoesNotContain("rollback-succeeded", RollbackBot.Kinds(pending));
        Assert.Equal(System.Net.HttpStatusCode.OK, callback.StatusCode);
        var incident = await _bot.IncidentAsync();
        Assert.Contains(RollbackBot.Timeline(incident), e => e is { Kind: "rollback-succeeded" } && e.Text.Contains("canary healthy on 1.9", StringComparison.Ordinal));
        Assert.Single(_bot.Webhook.Requests);
    }

    [Fact]
    public async Task Confirm_WebhookFailsTwiceWith500_RetriesWithTheSameKeyAndRecordsOneSuccess()
    {
        _bot.Webhook.Reply(WebhookReply.ServerError(), WebhookReply.ServerError(), WebhookReply.Outcome("succeeded", "third time lucky"));

        var rollbackId = await _bot.ConfirmRollbackAsync(_channelId);

        var incident = await _bot.WaitForIncidentAsync(i => RollbackBot.Kinds(i).Contains("rollback-succeeded"));
        var requests = _bot.Webhook.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(rollbackId, r.Header(WebhookDeploySystem.IdempotencyHeader)));
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
        Assert.All(requests, r => Assert.Equal(RequestAuthenticator.Sign(r.Body, RollbackBot.Secret), r.Header(RequestAuthenticator.SignatureHeader)));
        Assert.Single(RollbackBot.Kinds(incident), k => k == "rollback-succeeded");
        Assert.Contains("third time lucky", RollbackBot.Timeline(incident).Single(e => e.Kind == "rollback-succeeded").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollbackJob_RunAgainAfterServerErrors_SendsTheSameKeyAndRecordsTheOutcomeOnce()
    {
        _bot.Webhook.Reply(WebhookReply.ServerError());
        var rollbackId = await _bot.ConfirmRollbackAsync(_channelId);
        await WaitForRollbackJobAsync("scheduled for a retry", m => m.ScheduledJobs(0, 100).Select(j => j.Value.Job));
        var failedAttempts = _bot.Webhook.Requests.Count;
        var whileRetrying = RollbackBot.Kinds(await _bot.IncidentAsync());
        _bot.Webhook.Reply(WebhookReply.Outcome("succeeded", "rolled back on retry"));
        var job = _bot.Service<RollbackJob>();

        await job.RunAsync(rollbackId);
        await job.RunAsync(rollbackId);

        Assert.DoesNotContain("rollback-failed", whileRetrying);
        var requests = _bot.Webhook.Requests;
        Assert.Equal(failedAttempts + 1, requests.Count);
        Assert.All(requests, r => Assert.Equal(rollbackId, r.Header(WebhookDeploySystem.IdempotencyHeader)));
        var incident = await _bot.IncidentAsync();
        Assert.Single(RollbackBot.Kinds(incident), k => k == "rollback-succeeded");
        Assert.DoesNotContain("rollback-failed", RollbackBot.Kinds(incident));
    }

    /// <summary>Waits until Hangfire lists the rollback job among the jobs given.</summary>
    private async Task WaitForRollbackJobAsync(string state, Func<IMonitoringApi, IEnumerable<Job?>> jobs)
    {
        var monitoring = _bot.Service<JobStorage>().GetMonitoringApi();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (jobs(monitoring).Any(j => j?.Type == typeof(RollbackJob)))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The rollback job was never {state}.");
    }
}
