using System.Text.Json;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Events API callbacks into the transcript and commands, each handled once, the bot's own ignored.</summary>
public sealed class SlackEventHandlerTests
{
    private readonly InboundWorld _world = new();

    [Fact]
    public async Task HandleEventAsync_UserMessageInAnIncidentChannel_IsCapturedAtItsOwnTimeToTheMicrosecond()
    {
        await _world.OpenIncidentAsync("C111");

        var ack = await HandleAsync("events/event_callback_message_user.json");

        Assert.Null(ack.Body);
        var captured = Assert.Single(_world.Transcript.Messages.Values);
        Assert.Equal(("C111", "1610261659.001400", "Hi there! Thanks for sharing the info!"), (captured.ChannelId, captured.MessageId, captured.Text));
        Assert.Equal(At(2021, 1, 10, 6, 54, 19, microseconds: 1400), captured.At);
        Assert.Equal(("ada", null, null), (captured.AuthorId, captured.Permalink, captured.EditedAt));
    }

    [Fact]
    public async Task HandleEventAsync_UserMessageElsewhere_IsNotKept()
    {
        await _world.OpenIncidentAsync("C-incident");

        await HandleAsync("events/event_callback_message_user.json");

        Assert.Empty(_world.Transcript.Messages);
    }

    [Fact]
    public async Task HandleEventAsync_SlackEscapedMessage_IsKeptAsTyped()
    {
        await _world.OpenIncidentAsync("C111");
        var callback = Fixture.Node("events/event_callback_message_user.json");
        callback["event"]!["text"] = "p99 &gt; 2s &amp; rising, <@U222> look";

        await _world.Handler.HandleEventAsync(callback.ToElement());

        Assert.Equal("p99 > 2s & rising, <@U222> look", Assert.Single(_world.Transcript.Messages.Values).Text);
    }

    [Fact]
    public async Task HandleEventAsync_MessageFromTheBotItself_IsIgnored()
    {
        await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { UserId = "UB111", BotId = "B999" };

        await HandleAsync("events/event_callback_message_bot_app.json");

        Assert.Empty(_world.Transcript.Messages);
    }

    [Fact]
    public async Task HandleEventAsync_MessageWithTheBotsBotIdButAnotherUser_IsIgnored()
    {
        await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { BotId = "B999" };

        await HandleAsync("events/event_callback_message_bot_app.json");

        Assert.Empty(_world.Transcript.Messages);
    }

    [Fact]
    public async Task HandleEventAsync_ClassicBotMessage_IsIgnored()
    {
        await _world.OpenIncidentAsync("C111");

        await HandleAsync("events/event_callback_message_subtype_bot_message.json");

        Assert.Empty(_world.Transcript.Messages);
    }

    [Fact]
    public async Task HandleEventAsync_MessageChanged_UpdatesTheCapturedTextAndWhenItWasEdited()
    {
        var incident = await _world.OpenIncidentAsync("C111");
        var original = Seed(incident, "1665102338.901939", "original message");

        await HandleAsync("events/event_callback_message_subtype_message_changed.json");

        Assert.Equal(("updated message", At(2022, 10, 7, 0, 26, 2)), (original.Text, original.EditedAt));
        Assert.Equal(At(2022, 10, 7, 0, 25, 38, microseconds: 901939), original.At);
    }

    [Fact]
    public async Task HandleEventAsync_MessageChangedWithTheSameText_ChangesNothing()
    {
        var incident = await _world.OpenIncidentAsync("C111");
        var original = Seed(incident, "1665102338.901939", "original message");
        var callback = Fixture.Node("events/event_callback_message_subtype_message_changed.json");
        callback["event"]!["message"]!["text"] = "original message";

        await _world.Handler.HandleEventAsync(callback.ToElement());

        Assert.Null(original.EditedAt);
    }

    [Fact]
    public async Task HandleEventAsync_BotEditingItsOwnMessage_IsIgnored()
    {
        var incident = await _world.OpenIncidentAsync("C111");
        var original = Seed(incident, "1665102338.901939", "original message");
        _world.Bot.Info = _world.Bot.Info with { UserId = "U111" };

        await HandleAsync("events/event_callback_message_subtype_message_changed.json");

        Assert.Equal("original message", original.Text);
    }

    [Fact]
    public async Task HandleEventAsync_MessageDeleted_MarksTheCapturedMessageDeleted()
    {
        var incident = await _world.OpenIncidentAsync("C111");
        var original = Seed(incident, "1665368619.804829", "Delete this message");

        await HandleAsync("events/event_callback_message_subtype_message_deleted.json");

        Assert.True(original.Deleted);
    }

    [Fact]
    public async Task HandleEventAsync_ThreadBroadcast_IsCaptured()
    {
        await _world.OpenIncidentAsync("C111");

        await HandleAsync("events/event_callback_message_subtype_thread_broadcast.json");

        var captured = Assert.Single(_world.Transcript.Messages.Values);
        Assert.Equal(("1633670813.007500", "Hi there!", At(2021, 10, 8, 5, 26, 53, microseconds: 7500)), (captured.MessageId, captured.Text, captured.At));
    }

    [Fact]
    public async Task HandleEventAsync_FileShare_IsCapturedWithItsText()
    {
        await _world.OpenIncidentAsync("G111");

        await HandleAsync("events/event_callback_message_file_share.json");

        var captured = Assert.Single(_world.Transcript.Messages.Values);
        Assert.Equal(("G111", "1610493715.001000", "Here is your file!"), (captured.ChannelId, captured.MessageId, captured.Text));
    }

    [Fact]
    public async Task HandleEventAsync_ReactionOtherThanThePin_PromotesNothing()
    {
        var incident = await _world.OpenIncidentAsync("C111");
        Seed(incident, "1599529504.000400", "db is slow");

        await HandleAsync("events/event_callback_reaction_added.json");

        Assert.DoesNotContain(incident.Timeline, e => e.Kind == TimelineKind.MessagePinned);
    }

    [Theory]
    [InlineData("1599529504.000400")]
    [InlineData("outbox-7")]
    public async Task HandleEventAsync_PinReaction_PromotesTheMessageUnderItsCoreId(string coreId)
    {
        var incident = await _world.OpenIncidentAsync("C111");
        _world.Bot.CoreIds["C111/1599529504.000400"] = coreId;
        Seed(incident, coreId, "db is slow");
        var callback = Fixture.Node("events/event_callback_reaction_added.json");
        callback["event"]!["reaction"] = "pushpin";

        await _world.Handler.HandleEventAsync(callback.ToElement());

        Assert.Equal(coreId, Assert.Single(incident.Timeline, e => e.Kind == TimelineKind.MessagePinned).MessageId);
    }

    [Fact]
    public async Task HandleEventAsync_AppMentionNamingNoSubcommand_RunsNothing()
    {
        _world.Bot.Info = _world.Bot.Info with { UserId = "W111" };

        await HandleAsync("events/event_callback_app_mention.json");

        Assert.Empty(_world.Note.Runs);
        Assert.Empty(_world.Declare.Runs);
    }

    [Theory]
    [InlineData("<@W111> note db &gt; 2s", "db > 2s")]
    [InlineData("<@W111|incidentbot>   NOTE   db is slow", "db is slow")]
    public async Task HandleEventAsync_AppMentionNamingASubcommand_RunsItAsTheMentioner(string text, string arguments)
    {
        await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { UserId = "W111" };

        await HandleAsync(Mention(text));

        var run = Assert.Single(_world.Note.Runs);
        Assert.Equal((arguments, "W222", "C111"), (run.Arguments, run.User.UserId, run.ChannelId));
        var whisper = Assert.Single(_world.Ephemeral.Whispers);
        Assert.Equal(("C111", "W222"), (whisper.Channel, whisper.User));
        Assert.Equal("note ran", whisper.Text);
    }

    [Fact]
    public async Task HandleEventAsync_MentionOfTheBotMidSentence_RunsNothing()
    {
        await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { UserId = "W111" };

        await HandleAsync(Mention("thanks <@W111> note that"));

        Assert.Empty(_world.Note.Runs);
    }

    [Fact]
    public async Task HandleEventAsync_SameEventIdTwice_IsHandledOnce()
    {
        await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { UserId = "W111" };

        await HandleAsync(Mention("<@W111> note db is slow"));
        await HandleAsync(Mention("<@W111> note db is slow"));

        Assert.Single(_world.Note.Runs);
        Assert.Equal([SlackEventHandler.InboxKey("Ev111")], _world.Inbox.Keys);
    }

    [Fact]
    public async Task HandleEventAsync_RetryArrivesWhileTheFirstAttemptRunsAndFails_TheRetryHandlesIt()
    {
        await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { UserId = "W111" };
        var firstRunning = new TaskCompletionSource();
        var firstFails = new TaskCompletionSource();
        _world.Note.Running = async _ =>
        {
            if (_world.Note.Runs.Count == 1)
            {
                firstRunning.SetResult();
                await firstFails.Task;
                throw new TimeoutException("Slack took too long");
            }
        };

        var first = HandleAsync(Mention("<@W111> note db is slow"));
        await firstRunning.Task;
        var retry = HandleAsync(Mention("<@W111> note db is slow"));
        firstFails.SetResult();

        await Assert.ThrowsAsync<TimeoutException>(() => first);
        await retry;
        Assert.Equal(2, _world.Note.Runs.Count);
        Assert.Equal([SlackEventHandler.InboxKey("Ev111")], _world.Inbox.Keys);
    }

    [Fact]
    public async Task HandleEventAsync_RetryArrivesWhileTheFirstAttemptRunsAndSucceeds_IsARepeat()
    {
        await _world.OpenIncidentAsync("C111");
        _world.Bot.Info = _world.Bot.Info with { UserId = "W111" };
        var firstRunning = new TaskCompletionSource();
        var firstDone = new TaskCompletionSource();
        _world.Note.Running = async _ =>
        {
            firstRunning.TrySetResult();
            await firstDone.Task;
        };

        var first = HandleAsync(Mention("<@W111> note db is slow"));
        await firstRunning.Task;
        var retry = HandleAsync(Mention("<@W111> note db is slow"));
        firstDone.SetResult();

        await Task.WhenAll(first, retry);
        Assert.Single(_world.Note.Runs);
    }

    [Fact]
    public async Task HandleEventAsync_RedeliveredMessage_IsNotCapturedAgainAsAnEdit()
    {
        await _world.OpenIncidentAsync("C111");

        await HandleAsync("events/event_callback_message_user.json");
        await HandleAsync("events/event_callback_message_user.json");

        Assert.Null(Assert.Single(_world.Transcript.Messages.Values).EditedAt);
    }

    [Theory]
    [InlineData("events/event_callback_tokens_revoked.json")]
    [InlineData("events/event_callback_app_uninstalled.json")]
    [InlineData("events/app_rate_limited.json")]
    public async Task HandleEventAsync_LostAccessOrRateLimited_WarnsTheOperator(string fixture)
    {
        var ack = await HandleAsync(fixture);

        Assert.Null(ack.Body);
        Assert.Single(_world.EventLog.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task HandleEventAsync_EventTheBotDoesNotUse_IsAcknowledgedQuietly()
    {
        var ack = await HandleAsync("events/event_callback_member_joined_channel.json");

        Assert.Null(ack.Body);
        Assert.DoesNotContain(_world.EventLog.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task HandleEventAsync_CallbackWithoutEventId_IsIgnoredAndNotRecorded()
    {
        await _world.OpenIncidentAsync("C111");
        var callback = Fixture.Node("events/event_callback_message_user.json");
        callback.Remove("event_id");

        await _world.Handler.HandleEventAsync(callback.ToElement());

        Assert.Empty(_world.Inbox.Keys);
        Assert.Empty(_world.Transcript.Messages);
    }

    private Task<Slack.Inbound.SlackAck> HandleAsync(string fixture) => _world.Handler.HandleEventAsync(Fixture.Json(fixture));

    private Task<Slack.Inbound.SlackAck> HandleAsync(JsonElement callback) => _world.Handler.HandleEventAsync(callback);

    private static JsonElement Mention(string text)
    {
        var callback = Fixture.Node("events/event_callback_app_mention.json");
        callback["event"]!["text"] = text;
        return callback.ToElement();
    }

    private TranscriptMessage Seed(Incident incident, string messageId, string text)
    {
        var message = new TranscriptMessage
        {
            Id = TranscriptMessage.IdOf("C111", messageId),
            IncidentNumber = incident.Number,
            ChannelId = "C111",
            MessageId = messageId,
            AuthorId = "ada",
            Text = text,
            At = SlackTimestamp.TryParse(messageId, out var at) ? at : InboundWorld.Now,
        };
        _world.Transcript.Messages[message.Id] = message;
        return message;
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second, int microseconds = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(microseconds * TimeSpan.TicksPerMicrosecond);
}
