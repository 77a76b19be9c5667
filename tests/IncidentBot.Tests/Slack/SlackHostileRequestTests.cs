using System.Net;
using System.Text.Json.Nodes;

namespace IncidentBot.Tests.Slack;

/// <summary>
/// Requests correctly signed with the Slack signing secret that Slack would never send this app: they are refused
/// with a 4xx that says why, and change nothing.
/// </summary>
public sealed class SlackHostileRequestTests : IAsyncLifetime
{
    private SlackWorld _world = null!;

    public async Task InitializeAsync() => _world = await SlackWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Event_WithAnEventIdOf5000Characters_Is400AndNotRetried()
    {
        var message = new JsonObject { ["type"] = "message", ["channel"] = "C0ANY", ["user"] = "U0KOFI", ["text"] = "hello", ["ts"] = "1716000000.000100" };

        using var response = await _world.SendSignedAsync("/slack/events", SlackWorld.EventCallback(new string('E', 5_000), message), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("event_id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Slack-No-Retry")));
    }

    [Fact]
    public async Task Command_OtherThanTheBots_Is400AndRunsNothing()
    {
        var channel = await OpenIncidentAsync();

        using var response = await _world.SendSignedAsync("/slack/commands", SlackWorld.CommandForm("U0ADA", channel, "note from another app", command: "/other"), SlackWorld.Form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("/incident", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("note", await _world.KindsAsync());
    }

    [Fact]
    public async Task Command_ReplayedWithinItsSignatureWindow_Is409AndNotesOnce()
    {
        var channel = await OpenIncidentAsync();
        var form = SlackWorld.CommandForm("U0ADA", channel, "note Restarted the api pods");
        var signedAt = DateTimeOffset.UtcNow;

        using var first = await _world.SendSignedAsync("/slack/commands", form, SlackWorld.Form, signedAt);
        var replays = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var replay = await _world.SendSignedAsync("/slack/commands", form, SlackWorld.Form, signedAt);
            replays.Add(replay.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.All(replays, status => Assert.Equal(HttpStatusCode.Conflict, status));
        Assert.Single(await _world.KindsAsync(), kind => kind == "note");
    }

    [Fact]
    public async Task EditEvent_NamingAMessageTsOf5000Characters_IsIgnoredNot500()
    {
        var channel = await OpenIncidentAsync();
        var ts = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.000100";
        var huge = new string('1', 5_000);
        var edit = new JsonObject
        {
            ["type"] = "message", ["subtype"] = "message_changed", ["channel"] = channel, ["ts"] = ts,
            ["message"] = new JsonObject { ["type"] = "message", ["user"] = "U0KOFI", ["text"] = "edited", ["ts"] = huge, ["edited"] = new JsonObject { ["user"] = "U0KOFI", ["ts"] = ts } },
            ["previous_message"] = new JsonObject { ["type"] = "message", ["user"] = "U0KOFI", ["text"] = "before", ["ts"] = huge },
        };

        using var response = await _world.SendSignedAsync("/slack/events", SlackWorld.EventCallback("Ev0EDIT", edit), "application/json");
        await _world.EventAsync("Ev0NEXT", new JsonObject { ["type"] = "message", ["channel"] = channel, ["user"] = "U0KOFI", ["text"] = "still captured", ["ts"] = ts });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> OpenIncidentAsync()
    {
        await _world.PostAlertAsync();
        var channel = await SlackWorld.SeenAsync(() => _world.Slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal)), "the incident channel");
        await SlackWorld.SeenAsync(async () => (await _world.KindsAsync()).Contains("channel-opened"), "the channel on the incident");
        return channel.Id;
    }
}
