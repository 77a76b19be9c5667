using System.Text.Json.Nodes;

using IncidentBot.Slack.Testing;
using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Tests.WebApi;

public sealed class ChannelItemsApiTests : SlackApiTestBase
{
    [Fact]
    public async Task PinsAddAsync_PostedMessage_PinsIt()
    {
        Harness.Slack.AddChannel("C0INC0001", "inc-1");
        var card = await Harness.Client.Chat.PostMessageAsync("C0INC0001", "INC-1");

        await Harness.Client.Pins.AddAsync(card.Channel, card.Ts);

        Assert.Equal([card.Ts], Harness.Slack.Channel("C0INC0001")!.PinnedTs);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task PinsAddAsync_AlreadyPinned_IsNotAnError()
    {
        Harness.Slack.AddChannel("C0INC0001", "inc-1");
        var card = await Harness.Client.Chat.PostMessageAsync("C0INC0001", "INC-1");
        await Harness.Client.Pins.AddAsync(card.Channel, card.Ts);

        await Harness.Client.Pins.AddAsync(card.Channel, card.Ts);

        Assert.Equal(2, Harness.Slack.CallsTo("pins.add").Count);
        Assert.Single(Harness.Slack.Channel("C0INC0001")!.PinnedTs);
    }

    [Fact]
    public async Task PinsAddAsync_UnknownMessage_ThrowsMessageNotFound()
    {
        Harness.Slack.AddChannel("C0INC0001", "inc-1");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Harness.Client.Pins.AddAsync("C0INC0001", "1716000000.000100"));

        Assert.Equal("message_not_found", error.Error);
    }

    [Fact]
    public async Task BookmarksAddAsync_Link_AddsALinkBookmark()
    {
        Harness.Slack.AddChannel("C0INC0001", "inc-1");

        await Harness.Client.Bookmarks.AddAsync("C0INC0001", "Dashboard", new Uri("https://grafana.example.com/d/api"));

        var bookmark = Assert.Single(Harness.Slack.Channel("C0INC0001")!.Bookmarks);
        Assert.Equal(("Dashboard", "link", "https://grafana.example.com/d/api"), (bookmark.Title, bookmark.Type, bookmark.Link));
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task ViewsOpenAsync_Modal_SendsTheViewAndReturnsItsId()
    {
        var modal = new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = "declare",
            ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Declare an incident" },
            ["blocks"] = new JsonArray(),
        };

        var id = await Harness.Client.Views.OpenAsync("12345.98765.abcd2358fdea", modal);

        var view = Assert.Single(Harness.Slack.Views);
        Assert.Equal((id, "12345.98765.abcd2358fdea", "declare"), (view.Id, view.TriggerId, view.View["callback_id"]?.GetValue<string>()));
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task ViewsOpenAsync_SlackRejectsTheTrigger_ThrowsWithSlacksMessages()
    {
        Harness.Slack.FailNext("views.open", 1, FakeFault.Json(WebApiFixtures.Read("error_views_open_invalid_arguments.json")));
        var modal = new JsonObject { ["type"] = "modal", ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "x" }, ["blocks"] = new JsonArray() };

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Harness.Client.Views.OpenAsync("expired", modal));

        Assert.Equal("invalid_arguments", error.Error);
        Assert.Equal(["invalid `trigger_id`"], error.Messages);
        Assert.Contains("invalid `trigger_id`", error.Message, StringComparison.Ordinal);
    }
}
