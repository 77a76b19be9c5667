using System.Net;

namespace IncidentBot.Tests.Slack;

/// <summary>An alert of any size still pages and shows its card: Slack gets messages it takes, cut with a link to the rest.</summary>
public sealed class SlackMessageLimitsTests : IAsyncLifetime
{
    private SlackWorld _world = null!;

    public async Task InitializeAsync() => _world = await SlackWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Alert_With160000CharacterTitle_PagesAndShowsTheCardCutWithALinkToTheIncident()
    {
        var slack = _world.Slack;
        var title = "Checkout fails " + new string('x', 160_000);

        Assert.Equal(HttpStatusCode.Accepted, await _world.PostGenericAlertAsync(new { title, id = "huge", groupKey = "huge", service = "api", startsAt = DateTimeOffset.UtcNow }));

        var page = await SlackWorld.SeenAsync(() => slack.Channels.Where(c => c.DirectMessageUser == "U0ADA").SelectMany(c => slack.Messages(c.Id)).FirstOrDefault(), "Ada's page", seconds: 60);
        var blocks = page.Blocks!;
        Assert.Contains("Checkout fails", blocks[0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(blocks, b => b!["type"]!.GetValue<string>() == "actions");
        var marker = blocks.Single(b => b!["type"]!.GetValue<string>() == "context")!["elements"]![0]!["text"]!.GetValue<string>();
        Assert.Contains("cut to fit Slack", marker, StringComparison.Ordinal);
        Assert.Matches(@"<https?://[^|>]+/api/incidents/1\|INC-1 on the bot>", marker);

        var channel = await SlackWorld.SeenAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal)), "the incident channel", seconds: 60);
        var card = await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).FirstOrDefault(m => m.Blocks?.Any(b => b!["type"]!.GetValue<string>() == "header") == true), "the incident card", seconds: 60);
        Assert.StartsWith("INC-1 · Checkout fails", card.Blocks![0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var cardMarker = card.Blocks.Last(b => b!["type"]!.GetValue<string>() == "context")!["elements"]![0]!["text"]!.GetValue<string>();
        Assert.Matches(@"<https?://[^|>]+/api/incidents/1\|INC-1 on the bot>", cardMarker);
        Assert.Empty(slack.Violations);
    }
}
