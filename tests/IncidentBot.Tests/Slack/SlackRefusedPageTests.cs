namespace IncidentBot.Tests.Slack;

/// <summary>A page Slack can never deliver is not a page: the timeline and the channel say so, and escalation runs on at once.</summary>
public sealed class SlackRefusedPageTests : IAsyncLifetime
{
    private SlackWorld _world = null!;

    // Ada, on call at level 1, has no Slack account under her email: every page to her is refused for good.
    public async Task InitializeAsync() => _world = await SlackWorld.StartAsync(bot => bot.Settings["People:0:Email"] = "ada.left@example.com");

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Alert_PageToLevelOneRefused_TimelineAndChannelSaySoAndLevelTwoIsPagedAtOnce()
    {
        var slack = _world.Slack;

        await _world.PostAlertAsync();

        var kofisPage = await SlackWorld.SeenAsync(
            () => slack.Channels.Where(c => c.DirectMessageUser == "U0KOFI").SelectMany(c => slack.Messages(c.Id)).FirstOrDefault(),
            "Kofi (level 2) paged long before the hour the bot waits for an acknowledgement",
            seconds: 60);
        Assert.Contains("You are paged for INC-1", kofisPage.Text, StringComparison.Ordinal);
        await SlackWorld.SeenAsync(async () => (await _world.KindsAsync()).Contains("escalated"), "the escalation on the timeline");
        var timeline = (await _world.IncidentAsync()).GetProperty("timeline").EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Text: e.GetProperty("text").GetString()!)).ToList();
        var failed = Assert.Single(timeline, e => e.Kind == "page-failed");
        Assert.Equal("Page to Ada Mensah failed: ada has no Slack account the bot can find", failed.Text);
        Assert.Equal(["paged", "page-failed", "escalated"], timeline.Select(e => e.Kind).Where(k => k is "paged" or "page-failed" or "escalated"));
        Assert.Equal("Nobody at level 1 could be paged; escalated to level 2: Kofi Boateng", timeline.Single(e => e.Kind == "escalated").Text);

        var channel = slack.Channels.Single(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal));
        await SlackWorld.SeenAsync(
            () => slack.Messages(channel.Id).FirstOrDefault(m => m.Text?.Contains("Page to Ada Mensah failed", StringComparison.Ordinal) == true),
            "the failed page told in the incident channel");
        Assert.Empty(slack.Violations);
    }
}
