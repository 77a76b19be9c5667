using IncidentBot.Slack.Testing;
using IncidentBot.Slack.WebApi;

namespace IncidentBot.Tests.Slack;

/// <summary>Slack failing for a while loses no timeline entry and no message: they arrive after it recovers, in order, once.</summary>
public sealed class SlackOutageTests : IAsyncLifetime
{
    private SlackWorld _world = null!;

    public async Task InitializeAsync() => _world = await SlackWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task PostMessage_RateLimitedThenFailing_MessagesArriveInOrderOnceAndTheTimelineIsWhole()
    {
        var slack = _world.Slack;
        slack.FailNext("chat.postMessage", 4, FakeFault.RateLimited(TimeSpan.FromSeconds(1)));
        slack.FailNext("chat.postMessage", 4, FakeFault.ServerError());
        await _world.PostAlertAsync();
        var channel = await SlackWorld.SeenAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null), "the incident channel");
        await SlackWorld.SeenAsync(async () => (await _world.KindsAsync()).Contains("channel-opened"), "the channel on the incident");

        Assert.Contains("Note recorded", await _world.CommandAsync("U0ADA", channel.Id, "note first note"), StringComparison.Ordinal);
        Assert.Contains("Note recorded", await _world.CommandAsync("U0ADA", channel.Id, "note second note"), StringComparison.Ordinal);
        Assert.Contains("Note recorded", await _world.CommandAsync("U0KOFI", channel.Id, "note third note"), StringComparison.Ordinal);

        var messages = await SlackWorld.SeenAsync(
            () => slack.Messages(channel.Id) is var all && all.Count(m => m.Text?.Contains("third note", StringComparison.Ordinal) == true) == 1 ? all : null,
            "every message after Slack recovered",
            seconds: 40);
        var texts = messages.Select(m => m.Text ?? "").ToList();
        var order = new[] { "first note", "second note", "third note" }.Select(note => texts.FindIndex(t => t.Contains(note, StringComparison.Ordinal))).ToList();
        Assert.All(order, index => Assert.True(index >= 0));
        Assert.Equal(order.Order(), order);
        Assert.True(texts.FindIndex(t => t.Length > 0) <= order[0]);
        Assert.Single(messages, m => m.Blocks?.Any(b => b!["type"]!.GetValue<string>() == "header") == true);
        foreach (var note in new[] { "first note", "second note", "third note" })
        {
            Assert.Single(texts, t => t.Contains(note, StringComparison.Ordinal));
        }

        Assert.Equal(3, (await _world.KindsAsync()).Count(k => k == "note"));
        Assert.True(slack.CallsTo("chat.postMessage").Count > messages.Count, "Slack refused some calls before it recovered");
        Assert.Empty(slack.Violations);
    }

    [Fact]
    public async Task PostMessage_AppliedButAnsweredAfterTheAttemptTimeout_EachNoteIsInTheChannelOnceInOrder()
    {
        var slack = _world.Slack;
        await _world.PostAlertAsync();
        var channel = await SetUpAsync();
        slack.FailNext("chat.postMessage", 1, FakeFault.AppliedThenLate(TimeSpan.FromMinutes(1)));

        Assert.Contains("Note recorded", await _world.CommandAsync("U0ADA", channel.Id, "note first note"), StringComparison.Ordinal);
        Assert.Contains("Note recorded", await _world.CommandAsync("U0ADA", channel.Id, "note second note"), StringComparison.Ordinal);
        await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).FirstOrDefault(m => m.Text?.Contains("first note", StringComparison.Ordinal) == true), "the first note, posted but not answered");
        Assert.Contains("Note recorded", await _world.CommandAsync("U0KOFI", channel.Id, "note third note"), StringComparison.Ordinal);

        // The channel's messages go in order, so the third note shows once the bot has settled what became of the first.
        var texts = await SlackWorld.SeenAsync(
            () => slack.Messages(channel.Id).Select(m => m.Text ?? "").ToList() is var all && all.Exists(t => t.Contains("third note", StringComparison.Ordinal)) ? all : null,
            "the third note",
            seconds: 90);
        var notes = new[] { "first note", "second note", "third note" };
        foreach (var note in notes)
        {
            Assert.Single(texts, t => t.Contains(note, StringComparison.Ordinal));
        }

        var order = notes.Select(note => texts.FindIndex(t => t.Contains(note, StringComparison.Ordinal))).ToList();
        Assert.Equal(order.Order(), order);
        Assert.Empty(slack.Violations);
    }

    [Fact]
    public async Task Page_AppliedButAnsweredAfterTheAttemptTimeout_ReachesThePersonOnce()
    {
        var slack = _world.Slack;
        slack.FailNext("chat.postMessage", 1, FakeFault.AppliedThenLate(TimeSpan.FromMinutes(1)), when: call => call.Arg("channel") == "U0ADA");

        await _world.PostGenericAlertAsync("dm-first", "First alert");
        await SlackWorld.SeenAsync(() => Pages(slack, "INC-1").FirstOrDefault(), "the first page, posted but not answered", seconds: 30);
        await _world.PostGenericAlertAsync("dm-second", "Second alert");

        // Ada's messages go in order, so the second page shows once the bot has settled what became of the first.
        await SlackWorld.SeenAsync(() => Pages(slack, "INC-2").FirstOrDefault(), "the second page", seconds: 90);
        Assert.Single(Pages(slack, "INC-1"));
        Assert.Single(Pages(slack, "INC-2"));
        Assert.Empty(slack.Violations);
    }

    [Fact]
    public async Task CreateChannel_AppliedButAnsweredAfterTheAttemptTimeout_OneChannelAdoptedAndSetUp()
    {
        var slack = _world.Slack;
        slack.FailNext("conversations.create", 1, FakeFault.AppliedThenLate(TimeSpan.FromMinutes(1)));

        await _world.PostAlertAsync();

        var channel = await SetUpAsync(seconds: 60);
        Assert.Single(slack.Channels, c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Equal(channel.Name, (await _world.IncidentAsync()).GetProperty("channel").GetString());
        Assert.Empty(slack.Violations);
    }

    [Fact]
    public async Task SetTopic_RateLimitedLongerThanACallWaits_OneChannelWhoseTopicArrivesOnceSlackAllowsIt()
    {
        var slack = _world.Slack;
        slack.FailNext("conversations.setTopic", 1, FakeFault.RateLimited(SlackApiResilience.LongestRetryAfterWaited + TimeSpan.FromSeconds(1)));

        await _world.PostAlertAsync();

        var channel = await SlackWorld.SeenAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null), "the topic", seconds: 30);
        Assert.StartsWith("INC-1", channel.Topic, StringComparison.Ordinal);
        Assert.Single(slack.Channels, c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Single(slack.CallsTo("conversations.create"));
        Assert.Empty(slack.Violations);
    }

    /// <summary>The messages in Ada's direct message with the bot that page her for <paramref name="incident"/>.</summary>
    private static List<FakeSlackMessage> Pages(FakeSlackServer slack, string incident) =>
        [.. slack.Messages("U0ADA").Where(m => m.Text?.Contains($"You are paged for {incident}:", StringComparison.Ordinal) == true)];

    /// <summary>The incident channel once it is set up: its topic set and the incident card posted in it.</summary>
    private async Task<FakeSlackChannel> SetUpAsync(int seconds = 15)
    {
        var slack = _world.Slack;
        var channel = await SlackWorld.SeenAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null), "the incident channel", seconds);
        await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).FirstOrDefault(m => m.Blocks?.Any(b => b!["type"]!.GetValue<string>() == "header") == true), "the incident card", seconds);
        await SlackWorld.SeenAsync(() => slack.Messages("U0ADA").FirstOrDefault(), "the page", seconds);
        return channel;
    }
}
