using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Button presses and the "Add to timeline" shortcut into the core, answered through the response_url.</summary>
public sealed class SlackInteractionHandlerTests
{
    private static readonly Uri BlockActionsResponseUrl = new("https://hooks.slack.com/actions/T111/111/random-value");
    private static readonly Uri ShortcutResponseUrl = new("https://hooks.slack.com/app/T111/111/xxx");
    private static readonly DateTimeOffset SharedMessageAt = new DateTimeOffset(2020, 3, 8, 2, 59, 42, TimeSpan.Zero).AddTicks(3000);

    private readonly InboundWorld _world = new();

    [Fact]
    public async Task HandleInteractionAsync_BlockActions_PressesTheButtonAndRepliesThroughTheResponseUrl()
    {
        var ack = await _world.Handler.HandleInteractionAsync(Fixture.Json("interactivity/block_actions.json"));

        Assert.Null(ack.Body);
        var press = Assert.Single(_world.Buttons.Presses);
        Assert.Equal(("a", "click_me_123", "C111", "111.222"), (press.ActionId, press.Value, press.ChannelId, press.MessageId));
        Assert.Equal(("slack", "W111", "primary-owner", "ada"), (press.User.Platform, press.User.UserId, press.User.DisplayName, press.Actor.Id));
        Assert.Equal(InboundWorld.Now, press.At);
        Assert.Equal((BlockActionsResponseUrl, "a pressed"), Assert.Single(_world.Responder.Replies));
    }

    [Fact]
    public async Task PostInteractions_BlockActionsForm_ReachesTheButtonLikeTheJson()
    {
        await using var host = await SlackTestHost.StartAsync(_world.Handler);

        var response = await host.PostSignedAsync("/slack/interactions", Fixture.Text("interactivity/block_actions.form.txt"), "application/x-www-form-urlencoded");

        Assert.True(response.IsSuccessStatusCode);
        var press = Assert.Single(_world.Buttons.Presses);
        Assert.Equal(("a", "click_me_123", "C111", "111.222"), (press.ActionId, press.Value, press.ChannelId, press.MessageId));
        Assert.Equal((BlockActionsResponseUrl, "a pressed"), Assert.Single(_world.Responder.Replies));
    }

    [Fact]
    public async Task HandleInteractionAsync_BlockActionsOnTheBotsMessage_PressesWithTheCoreMessageId()
    {
        _world.Bot.CoreIds["C111/111.222"] = "outbox-7";

        await _world.Handler.HandleInteractionAsync(Fixture.Json("interactivity/block_actions.json"));

        Assert.Equal("outbox-7", Assert.Single(_world.Buttons.Presses).MessageId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("http://hooks.slack.com/actions/T111/111/random-value")]
    [InlineData("file:///etc/passwd")]
    public async Task HandleInteractionAsync_BlockActionsWithoutAUsableResponseUrl_PressesButRepliesNowhere(string? responseUrl)
    {
        var payload = Fixture.Node("interactivity/block_actions.json");
        payload["response_url"] = responseUrl;

        await _world.Handler.HandleInteractionAsync(payload.ToElement());

        Assert.Single(_world.Buttons.Presses);
        Assert.Empty(_world.Responder.Replies);
        Assert.Contains(_world.InteractionLog.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task HandleInteractionAsync_BlockActionsInAModal_PressesNothing()
    {
        var payload = Fixture.Node("interactivity/block_actions.json");
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V111" };
        payload.Remove("channel");

        var ack = await _world.Handler.HandleInteractionAsync(payload.ToElement());

        Assert.Null(ack.Body);
        Assert.Empty(_world.Buttons.Presses);
    }

    [Fact]
    public async Task HandleInteractionAsync_OtherMessageShortcut_IsAcknowledgedAndDoesNothing()
    {
        await _world.OpenIncidentAsync("C111");

        var ack = await _world.Handler.HandleInteractionAsync(Fixture.Json("interactivity/message_action.json"));

        Assert.Null(ack.Body);
        Assert.Empty(_world.Transcript.Messages);
        Assert.Empty(_world.Responder.Replies);
    }

    [Fact]
    public async Task HandleInteractionAsync_AddToTimeline_CapturesAndPromotesTheMessageAtItsOwnTime()
    {
        var incident = await _world.OpenIncidentAsync("C111");

        var ack = await _world.Handler.HandleInteractionAsync(AddToTimeline());

        Assert.Null(ack.Body);
        var captured = _world.Transcript.Messages["C111/1583636382.000300"];
        Assert.Equal(("<@W222> test", SharedMessageAt, "ada"), (captured.Text, captured.At, captured.AuthorId));
        var pinned = Assert.Single(incident.Timeline, e => e.Kind == TimelineKind.MessagePinned);
        Assert.Equal(("<@W222> test", SharedMessageAt, "1583636382.000300"), (pinned.Text, pinned.At, pinned.MessageId));
        Assert.Equal((ShortcutResponseUrl, "Added to the incident timeline, at the message's own time."), Assert.Single(_world.Responder.Replies));
    }

    [Fact]
    public async Task HandleInteractionAsync_AddToTimelineTwice_PromotesOnceAndSaysSo()
    {
        var incident = await _world.OpenIncidentAsync("C111");

        await _world.Handler.HandleInteractionAsync(AddToTimeline());
        await _world.Handler.HandleInteractionAsync(AddToTimeline());

        Assert.Single(incident.Timeline, e => e.Kind == TimelineKind.MessagePinned);
        Assert.Equal("That message is already on the incident timeline.", _world.Responder.Replies[1].Text);
        Assert.Null(_world.Transcript.Messages["C111/1583636382.000300"].EditedAt);
    }

    [Fact]
    public async Task HandleInteractionAsync_AddToTimelineOfTheBotsOwnMessage_PromotesItUnderItsCoreId()
    {
        var incident = await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { UserId = "W111" };
        _world.Bot.CoreIds["C111/1583636382.000300"] = "outbox-7";
        var card = new TranscriptMessage { Id = "C111/outbox-7", IncidentNumber = incident.Number, ChannelId = "C111", MessageId = "outbox-7", Text = "INC-1 opened", At = InboundWorld.Now };
        await _world.Transcript.UpsertAsync(card);

        await _world.Handler.HandleInteractionAsync(AddToTimeline());

        Assert.Equal("outbox-7", Assert.Single(incident.Timeline, e => e.Kind == TimelineKind.MessagePinned).MessageId);
        Assert.Single(_world.Transcript.Messages);
    }

    [Fact]
    public async Task HandleInteractionAsync_AddToTimelineOfTheBotsAnnouncementOfAnEntry_AddsNothingAndSaysItIsThere()
    {
        var incident = await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { UserId = "W111" };
        _world.Bot.CoreIds["C111/1583636382.000300"] = "outbox-8";
        incident.Record(TimelineKind.Note, "Failover started", InboundWorld.Now, "ada", messageId: "outbox-8");

        await _world.Handler.HandleInteractionAsync(AddToTimeline());

        Assert.DoesNotContain(incident.Timeline, e => e.Kind == TimelineKind.MessagePinned);
        Assert.Empty(_world.Transcript.Messages);
        Assert.Equal((ShortcutResponseUrl, "That message is already on the incident timeline."), Assert.Single(_world.Responder.Replies));
    }

    [Fact]
    public async Task HandleInteractionAsync_AddToTimelineOutsideIncidentChannels_KeepsNothingAndSaysWhy()
    {
        await _world.OpenIncidentAsync("C-other");

        await _world.Handler.HandleInteractionAsync(AddToTimeline());

        Assert.Empty(_world.Transcript.Messages);
        Assert.Equal((ShortcutResponseUrl, "Only messages in an incident channel can be added to its timeline."), Assert.Single(_world.Responder.Replies));
    }

    [Theory]
    [InlineData("interactivity/view_submission.json")]
    [InlineData("interactivity/view_submission_with_response_urls.json")]
    [InlineData("interactivity/view_closed.json")]
    [InlineData("interactivity/shortcut_global.json")]
    public async Task HandleInteractionAsync_ModalsAndGlobalShortcuts_AreAcknowledgedWithAnEmptyBody(string fixture)
    {
        var ack = await _world.Handler.HandleInteractionAsync(Fixture.Json(fixture));

        Assert.Null(ack.Body);
        Assert.Empty(_world.Buttons.Presses);
        Assert.Empty(_world.Responder.Replies);
        Assert.DoesNotContain(_world.InteractionLog.Entries, e => e.Level >= LogLevel.Warning);
    }

    private static System.Text.Json.JsonElement AddToTimeline()
    {
        var payload = Fixture.Node("interactivity/message_action.json");
        payload["callback_id"] = SlackInteractionHandler.AddToTimelineCallbackId;
        return payload.ToElement();
    }
}
