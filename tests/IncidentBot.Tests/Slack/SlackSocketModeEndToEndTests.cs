using System.Text.Json.Nodes;
using IncidentBot.Slack.Testing;

namespace IncidentBot.Tests.Slack;

/// <summary>The same incident over Socket Mode: no public endpoint, envelopes in and acks out on one WebSocket.</summary>
public sealed class SlackSocketModeEndToEndTests : IAsyncLifetime
{
    private const string AppToken = "xapp-1-test-app-token";
    private SlackWorld _world = null!;
    private FakeSocketMode _socket = null!;

    public async Task InitializeAsync()
    {
        _world = await SlackWorld.StartAsync(bot =>
        {
            bot.Settings.Remove("Slack:SigningSecret");
            bot.Settings["Slack:AppToken"] = AppToken;
        });
        _world.Slack.AppToken = AppToken;
        _socket = new FakeSocketMode(_world.Slack);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task WholeIncident_OverSocketMode_IsAckedEnvelopeByEnvelopeAndEndsWithThePostmortem()
    {
        var slack = _world.Slack;
        await _world.PostChangeAsync();
        await _world.PostAlertAsync();
        var channel = await SlackWorld.SeenAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null), "the incident channel");
        await SlackWorld.SeenAsync(async () => (await _world.KindsAsync()).Contains("channel-opened"), "the channel on the incident");
        await SlackWorld.SeenAsync(() => _socket.Current, "the bot's Socket Mode connection");

        var ack = await CommandAsync("U0ADA", channel.Id, "ack");
        Assert.Contains("You acknowledged INC-1", ack["payload"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await CommandAsync("U0ADA", channel.Id, "rollback api");
        var prompt = await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).LastOrDefault(m => m.Blocks?.ToJsonString().Contains("rollback.confirm", StringComparison.Ordinal) == true), "the rollback prompt");
        var confirm = prompt.Buttons().First(e => e["action_id"]!.GetValue<string>() == "rollback.confirm");
        var pressed = await _socket.PushAsync(new JsonObject
        {
            ["type"] = "interactive",
            ["accepts_response_payload"] = false,
            ["payload"] = new JsonObject
            {
                ["type"] = "block_actions",
                ["user"] = new JsonObject { ["id"] = "U0ADA", ["username"] = "ada" },
                ["channel"] = new JsonObject { ["id"] = channel.Id },
                ["message"] = new JsonObject { ["ts"] = prompt.Ts },
                ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = prompt.Ts, ["channel_id"] = channel.Id },
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = "rollback.confirm", ["value"] = confirm["value"]!.GetValue<string>() }),
            },
        }.ToJsonString());
        await _socket.AckAsync(pressed);
        await _world.Deploy.WaitForRequestsAsync(1);

        var said = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.000300";
        var message = await PushEventAsync("EvS1", new JsonObject { ["type"] = "message", ["channel"] = channel.Id, ["user"] = "U0KOFI", ["text"] = "Identity provider calls time out since the deploy.", ["ts"] = said });
        await PushEventAsync("EvS2", new JsonObject { ["type"] = "reaction_added", ["user"] = "U0ADA", ["reaction"] = "pushpin", ["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel.Id, ["ts"] = said } });
        await CommandAsync("U0ADA", channel.Id, "resolve Healthy again");

        await SlackWorld.SeenAsync(() => slack.Uploads.FirstOrDefault(u => u.Completed && u.ChannelId == channel.Id), "the postmortem file");
        var kinds = await _world.KindsAsync();
        Assert.Contains("acknowledged", kinds);
        Assert.Contains("rollback-started", kinds);
        Assert.Single(kinds, k => k == "message-pinned");
        Assert.Contains("resolved", kinds);
        Assert.Single(_socket.AcksFor(message));
        Assert.Empty(slack.Violations);
    }

    private async Task<JsonObject> CommandAsync(string userId, string channelId, string text)
    {
        var envelopeId = await _socket.PushAsync(new JsonObject
        {
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["payload"] = new JsonObject
            {
                ["token"] = "legacy", ["team_id"] = FakeSlackServer.TeamId, ["team_domain"] = "fake", ["channel_id"] = channelId, ["channel_name"] = "incident",
                ["user_id"] = userId, ["user_name"] = userId.ToLowerInvariant(), ["command"] = "/incident", ["text"] = text,
                ["response_url"] = "https://hooks.slack.example/commands/2", ["trigger_id"] = "2.3.4",
            },
        }.ToJsonString());
        return await _socket.AckAsync(envelopeId);
    }

    private async Task<string> PushEventAsync(string eventId, JsonObject item)
    {
        var envelopeId = await _socket.PushAsync(new JsonObject
        {
            ["type"] = "events_api",
            ["accepts_response_payload"] = false,
            ["payload"] = new JsonObject
            {
                ["team_id"] = FakeSlackServer.TeamId, ["api_app_id"] = FakeSlackServer.AppId, ["type"] = "event_callback",
                ["event_id"] = eventId, ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["event"] = item,
            },
        }.ToJsonString());
        await _socket.AckAsync(envelopeId);
        return envelopeId;
    }
}
