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
}
