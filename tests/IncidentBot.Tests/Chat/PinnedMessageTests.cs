using IncidentBot.Core.People;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Workflow;
using IncidentBot.Local;

namespace IncidentBot.Tests.Chat;

/// <summary>📌 on a message in the incident channel puts it on the timeline at its own time; edits and deletions follow it.</summary>
public sealed class PinnedMessageTests : IAsyncLifetime
{
    private const string Finding = "The 09:40 deploy halved the payment client timeout";

    private readonly ChatBot _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Pushpin_OnAMessageTwice_PutsItOnTheTimelineOnceAtTheMessagesTime()
    {
        var channel = await _bot.DeclareAsync();
        var message = await SayAsync(_bot.Kofi, channel, Finding);
        await _bot.SayAsync(_bot.Ada, channel, "/incident note Checking the payment client");

        var first = await _bot.User.ReactAsync(_bot.Ada, message, "pushpin");
        var second = await _bot.User.ReactAsync(_bot.Foster, message, "pushpin");

        Assert.True(first);
        Assert.False(second);
        var incident = await _bot.IncidentAsync();
        var pinned = Assert.Single(ChatBot.Entries(incident, "message-pinned"));
        Assert.Equal(Finding, pinned.GetProperty("text").GetString());
        Assert.Equal("kofi", pinned.GetProperty("by").GetString());
        Assert.Equal(message.Permalink, pinned.GetProperty("link").GetString());
        Assert.InRange(pinned.GetProperty("at").GetDateTimeOffset() - message.At, TimeSpan.FromMilliseconds(-1), TimeSpan.Zero);
        // Before the note typed after it: the timeline keeps time order, and the pin took the message's time,
        // not the later time of the reaction. (Both can fall in the same millisecond, so equal times are fine.)
        var times = incident.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.True(pinned.GetProperty("at").GetDateTimeOffset() <= Assert.Single(ChatBot.Entries(incident, "note")).GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Pushpin_OnTheBotsAnnouncementOfANote_LeavesTheNoteOnTheTimelineOnce()
    {
        var channel = await _bot.DeclareAsync();
        await _bot.SayAsync(_bot.Ada, channel, "/incident note Checking the payment client");
        var announcement = _bot.Workspace.MessagesSeenBy(channel, _bot.Kofi.Id).Single(m => m.FromBot && m.Text.Contains("Checking the payment client", StringComparison.Ordinal));

        Assert.False(await _bot.User.ReactAsync(_bot.Kofi, new PostedMessage(channel, announcement.Id, null, announcement.At), "pushpin"));

        var incident = await _bot.IncidentAsync();
        Assert.Empty(ChatBot.Entries(incident, "message-pinned"));
        Assert.Single(ChatBot.Entries(incident, "note"));
    }

    [Fact]
    public async Task Reaction_OtherThanPushpin_LeavesTheTimelineAlone()
    {
        var channel = await _bot.DeclareAsync();
        var message = await SayAsync(_bot.Kofi, channel, Finding);
        var before = await _bot.SnapshotAsync(channel);

        Assert.False(await _bot.User.ReactAsync(_bot.Ada, message, "eyes"));

        Assert.Equal(before, await _bot.SnapshotAsync(channel));
    }

    [Fact]
    public async Task CaptureAsync_EditOfAPinnedMessage_ChangesItsTimelineTextAndKeepsItsTime()
    {
        var channel = await _bot.DeclareAsync();
        var message = await SayAsync(_bot.Kofi, channel, Finding);
        Assert.True(await _bot.User.ReactAsync(_bot.Ada, message, "pushpin"));
        var pinnedAt = ChatBot.Entries(await _bot.IncidentAsync(), "message-pinned")[0].GetProperty("at").GetString();

        var edit = new ChannelMessage(KofiInChat(), channel, message.MessageId, Finding + " (from 30 s to 15 s)", message.At.AddMinutes(3), message.Permalink);
        Assert.True(await _bot.Service<TranscriptCapture>().CaptureAsync(edit));

        var pinned = Assert.Single(ChatBot.Entries(await _bot.IncidentAsync(), "message-pinned"));
        Assert.Equal(Finding + " (from 30 s to 15 s)", pinned.GetProperty("text").GetString());
        Assert.Equal(pinnedAt, pinned.GetProperty("at").GetString());
    }

    [Fact]
    public async Task DeleteAsync_OfAPinnedMessage_TakesItOffTheTimelineAndItCannotBePinnedAgain()
    {
        var channel = await _bot.DeclareAsync();
        var message = await SayAsync(_bot.Kofi, channel, Finding);
        Assert.True(await _bot.User.ReactAsync(_bot.Ada, message, "pushpin"));
        var capture = _bot.Service<TranscriptCapture>();

        Assert.True(await capture.DeleteAsync(channel, message.MessageId));

        Assert.Empty(ChatBot.Entries(await _bot.IncidentAsync(), "message-pinned"));
        Assert.False(await _bot.User.ReactAsync(_bot.Foster, message, "pushpin"));
        Assert.Empty(ChatBot.Entries(await _bot.IncidentAsync(), "message-pinned"));
    }

    [Fact]
    public async Task Pushpin_OnAMessageOutsideIncidentChannels_RecordsNothing()
    {
        var channel = await _bot.DeclareAsync();
        var message = await SayAsync(_bot.Kofi, LocalWorkspace.IncidentsChannelId, Finding);
        var before = await _bot.SnapshotAsync(channel);

        Assert.False(await _bot.User.ReactAsync(_bot.Ada, message, "pushpin"));

        Assert.Equal(before, await _bot.SnapshotAsync(channel));
    }

    private ChatUser KofiInChat() => new(LocalWorkspace.PlatformName, _bot.Kofi.Id, _bot.Kofi.Name);

    private async Task<PostedMessage> SayAsync(Person person, string channelId, string text) =>
        (await _bot.User.SayAsync(person, channelId, text)).Posted ?? throw new InvalidOperationException("A plain message was taken for a command.");
}
