using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.Outbound;
using IncidentBot.Slack.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Slack;

/// <summary>A whole incident on Slack over signed HTTP: alert → channel → page → ack → rollback → notes → resolve → postmortem.</summary>
public sealed class SlackEndToEndTests : IAsyncLifetime
{
    private SlackWorld _world = null!;

    public async Task InitializeAsync() => _world = await SlackWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task WholeIncident_OverSignedHttp_RunsInSlackAndEndsWithThePostmortemFile()
    {
        var slack = _world.Slack;
        await _world.PostChangeAsync();
        await _world.PostAlertAsync();

        var channel = await SlackWorld.SeenAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null), "the incident channel");
        await SlackWorld.SeenAsync(async () => (await _world.KindsAsync()).Contains("channel-opened"), "the channel on the incident");
        Assert.Contains("INC-1", channel.Topic, StringComparison.Ordinal);
        var bookmark = await SlackWorld.SeenAsync(() => slack.Channel(channel.Id)!.Bookmarks.FirstOrDefault(), "the alert's link bookmarked");
        Assert.Equal("http://prometheus.example.org:9090/graph?g0.expr=api_error_ratio+%3E+0.05", bookmark.Link);
        var card = await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).FirstOrDefault(m => m.Blocks?.Any(b => b!["type"]!.GetValue<string>() == "header") == true), "the incident card");
        var page = await SlackWorld.SeenAsync(() => slack.Channels.Where(c => c.DirectMessageUser == "U0ADA").SelectMany(c => slack.Messages(c.Id)).FirstOrDefault(), "Ada's page");
        await SlackWorld.SeenAsync(() => slack.Channel(channel.Id)!.Members.Contains("U0ADA") ? channel : null, "Ada invited");

        await _world.PressAsync("U0ADA", page, "incident.acknowledge");
        await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).FirstOrDefault(m => m.Ts == card.Ts && m.Edits > 0 && m.Blocks!.ToJsonString().Contains("Ada Mensah", StringComparison.Ordinal)), "the card showing Ada's acknowledgement");

        var reply = await _world.CommandAsync("U0ADA", channel.Id, "rollback api");
        Assert.Contains("Confirm or cancel", reply, StringComparison.Ordinal);
        var prompt = await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).LastOrDefault(m => m.Blocks?.ToJsonString().Contains("rollback.confirm", StringComparison.Ordinal) == true), "the rollback prompt");
        Assert.Contains("from 2.0 to 1.9", prompt.Text, StringComparison.Ordinal);
        await _world.PressAsync("U0ADA", prompt, "rollback.confirm");
        await _world.Deploy.WaitForRequestsAsync(1);

        var said = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.000200";
        await _world.EventAsync("Ev01", new JsonObject { ["type"] = "message", ["channel"] = channel.Id, ["user"] = "U0KOFI", ["text"] = "The new auth client times out against the identity provider.", ["ts"] = said });
        await _world.EventAsync("Ev02", new JsonObject { ["type"] = "reaction_added", ["user"] = "U0ADA", ["reaction"] = "pushpin", ["item_user"] = "U0KOFI", ["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel.Id, ["ts"] = said }, ["event_ts"] = "1716000101.000100" });
        await _world.EventAsync("Ev02", new JsonObject { ["type"] = "reaction_added", ["user"] = "U0ADA", ["reaction"] = "pushpin", ["item_user"] = "U0KOFI", ["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel.Id, ["ts"] = said }, ["event_ts"] = "1716000101.000100" });
        Assert.Contains("Note recorded", await _world.CommandAsync("U0ADA", channel.Id, "note Server restart initiated"), StringComparison.Ordinal);
        slack.AddMember(channel.Id, "U0KOFI");
        await _world.EventAsync("Ev03", new JsonObject { ["type"] = "app_mention", ["channel"] = channel.Id, ["user"] = "U0KOFI", ["text"] = $"<@{FakeSlackServer.BotUserId}> note Caches warming up", ["ts"] = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.000300" });
        var whisper = await SlackWorld.SeenAsync(() => slack.Ephemerals(channel.Id).FirstOrDefault(e => e.User == "U0KOFI"), "the reply to Kofi's mention, only for him");
        Assert.Contains("Note recorded", whisper.Text, StringComparison.Ordinal);
        await _world.CommandAsync("U0KOFI", channel.Id, "rootcause The auth client upgrade shipped without a timeout");
        await _world.CommandAsync("U0ADA", channel.Id, "resolve Traffic healthy again");

        var upload = await SlackWorld.SeenAsync(() => slack.Uploads.FirstOrDefault(u => u.Completed && u.ChannelId == channel.Id), "the postmortem file in the channel");
        var markdown = System.Text.Encoding.UTF8.GetString(upload.Content!);
        Assert.Contains("## Timeline", markdown, StringComparison.Ordinal);
        Assert.Contains("The auth client upgrade shipped without a timeout", markdown, StringComparison.Ordinal);
        Assert.Contains($"archives/{channel.Id}/p{said.Replace(".", "", StringComparison.Ordinal)}", markdown, StringComparison.Ordinal);
        Assert.Empty(slack.CallsTo("chat.getPermalink"));
        await SlackWorld.SeenAsync(() => slack.Uploads.FirstOrDefault(u => u.Completed && u.ChannelId == SlackWorld.ReportsChannel), "the postmortem in the reports channel");
        var toManager = await SlackWorld.SeenAsync(() => slack.Channels.Where(c => c.DirectMessageUser == "U0FOSTER").SelectMany(c => slack.Messages(c.Id)).FirstOrDefault(), "the manager's copy");
        Assert.Contains("*INC-1 postmortem (draft 1)* is ready", toManager.Text, StringComparison.Ordinal);
        var link = Regex.Match(toManager.Text!, @"<(http[^|>]+/reports/1/1\?sig=[A-Za-z0-9_-]+)\|read the full report>").Groups[1].Value;
        using var report = await _world.Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("The auth client upgrade shipped without a timeout", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var kinds = await _world.KindsAsync();
        string[] inOrder = ["alert-fired", "channel-opened", "paged", "acknowledged", "rollback-requested", "rollback-started", "note", "root-cause", "resolved", "postmortem-drafted"];
        Assert.Equal(inOrder, kinds.Where(inOrder.Contains).Distinct());
        Assert.Contains("rollback-succeeded", kinds);
        Assert.Single(kinds, k => k == "message-pinned");
        var incident = await _world.IncidentAsync();
        var acknowledged = incident.GetProperty("timeline").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "acknowledged");
        Assert.Equal("ada", acknowledged.GetProperty("by").GetString());
        Assert.Empty(slack.Violations);
        Assert.IsType<SlackChatPlatform>(_world.Bot.Services.GetRequiredService<ISlackResponder>());
    }
}
