using System.Net;

namespace IncidentBot.Tests.Slack;

/// <summary>Text of any size still reaches Slack: messages Slack takes, cut with a link to the rest on the bot.</summary>
public sealed class SlackMessageLimitsTests : IAsyncLifetime
{
    private SlackWorld _world = null!;

    public async Task InitializeAsync() => _world = await SlackWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Alert_With160000CharacterTitle_PagesAndAHugeNoteReachesTheChannelCutWithALinkToTheIncident()
    {
        var slack = _world.Slack;
        var title = "Checkout fails " + new string('x', 160_000);

        Assert.Equal(HttpStatusCode.Accepted, await _world.PostGenericAlertAsync(new { title, id = "huge", groupKey = "huge", service = "api", startsAt = DateTimeOffset.UtcNow }));

        var page = await SlackWorld.SeenAsync(() => slack.Channels.Where(c => c.DirectMessageUser == "U0ADA").SelectMany(c => slack.Messages(c.Id)).FirstOrDefault(), "Ada's page", seconds: 60);
        Assert.Contains("Checkout fails", page.Blocks![0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(page.Buttons(), b => b["action_id"]!.GetValue<string>() == "incident.acknowledge");
        var channel = await SlackWorld.SeenAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal)), "the incident channel", seconds: 60);
        var card = await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).FirstOrDefault(m => m.Blocks?.Any(b => b!["type"]!.GetValue<string>() == "header") == true), "the incident card", seconds: 60);
        Assert.StartsWith("INC-1 · Checkout fails", card.Blocks![0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        await _world.CommandAsync("U0ADA", channel.Id, "note " + new string('n', 160_000));

        var note = await SlackWorld.SeenAsync(() => slack.Messages(channel.Id).FirstOrDefault(m => m.Text?.Contains("nnnn", StringComparison.Ordinal) == true), "the note in the channel", seconds: 60);
        var marker = note.Blocks!.Last(b => b!["type"]!.GetValue<string>() == "context")!["elements"]![0]!["text"]!.GetValue<string>();
        Assert.Contains("cut to fit Slack", marker, StringComparison.Ordinal);
        Assert.Matches(@"<https?://[^|>]+/api/incidents/1\|INC-1 on the bot>", marker);
        Assert.Empty(slack.Violations);
    }
}
