using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Testing;

namespace IncidentBot.Tests.Slack;

/// <summary>
/// Many incidents paging one person at once (an alert storm): the pages that queue for the person go as few
/// messages, each incident with its own text and Acknowledge; pressing one acknowledges that incident only; and
/// pages waiting their turn never hold up the set-up of new incidents.
/// </summary>
public sealed class PageStormTests
{
    private const string Acknowledge = "incident.acknowledge";

    [Fact]
    public async Task PagesQueuedForOnePerson_ArriveAsFewerMessagesCarryingEveryIncidentsOwnTextAndButton()
    {
        await using var world = await SlackWorld.StartAsync(bot => bot.Settings["Slack:PostInterval"] = "00:00:03");
        const int incidents = 6;

        for (var n = 1; n <= incidents; n++)
        {
            await world.PostGenericAlertAsync($"storm-{n}", $"Storm alert {n}");
        }

        var pages = await SlackWorld.SeenAsync(
            () => DirectMessages(world.Slack) is var all && Buttons(all).Count == incidents ? all : null, "every incident's page", seconds: 60);
        Assert.True(pages.Count < incidents, $"{incidents} pages came as {pages.Count} messages");
        Assert.Equal(Numbers(incidents), Buttons(pages).Select(b => b["value"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        foreach (var page in pages)
        {
            var buttons = Buttons([page]).Select(b => b["value"]!.GetValue<string>()).ToList();
            Assert.All(buttons, n => Assert.Contains($"You are paged for INC-{n}: Storm alert {n}", page.Text, StringComparison.Ordinal));
        }

        Assert.Empty(world.Slack.Violations);
    }

    [Fact]
    public async Task AcknowledgeOnAMergedPage_AcknowledgesThatIncidentOnlyAndTheMessageSaysSoInPlaceOfItsButton()
    {
        await using var world = await SlackWorld.StartAsync(bot => bot.Settings["Slack:PostInterval"] = "00:00:03");
        for (var n = 1; n <= 4; n++)
        {
            await world.PostGenericAlertAsync($"storm-{n}", $"Storm alert {n}");
        }

        var merged = await SlackWorld.SeenAsync(
            () => DirectMessages(world.Slack) is var all && Buttons(all).Count == 4 ? all.FirstOrDefault(m => Buttons([m]).Count >= 2) : null,
            "a page carrying several incidents",
            seconds: 60);
        var pressed = Buttons([merged]).Select(b => b["value"]!.GetValue<string>()).ToList()[1];
        var others = Buttons([merged]).Select(b => b["value"]!.GetValue<string>()).Where(v => v != pressed).ToList();

        await world.PressAsync("U0ADA", merged, Acknowledge, pressed);

        var answered = await SlackWorld.SeenAsync(
            () => world.Slack.Messages(merged.Channel).FirstOrDefault(m => m.Ts == merged.Ts && m.Edits > 0), "the page answered in place");
        Assert.Equal(others, Buttons([answered]).Select(b => b["value"]!.GetValue<string>()));
        Assert.Contains($"You acknowledged INC-{pressed}", answered.Blocks!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(merged.Blocks!.Count, answered.Blocks!.Count);
        Assert.Equal("acknowledged", await StatusAsync(world, int.Parse(pressed, CultureInfo.InvariantCulture)));
        foreach (var other in others)
        {
            Assert.Equal("triggered", await StatusAsync(world, int.Parse(other, CultureInfo.InvariantCulture)));
        }

        Assert.Empty(world.Slack.Violations);
    }

    [Fact]
    public async Task PagesWaitingTheirTurnForOnePerson_DelayNoIncidentsSetUp_EveryChannelOpensWithTopicAndCard()
    {
        // An hour between two messages to one person: every page after the first waits, for as long as the test runs.
        await using var world = await SlackWorld.StartAsync(bot => bot.Settings["Slack:PostInterval"] = "01:00:00");
        const int incidents = 12;

        for (var n = 1; n <= incidents; n++)
        {
            await world.PostGenericAlertAsync($"storm-{n}", $"Storm alert {n}");
            var channel = await SlackWorld.SeenAsync(
                () => world.Slack.Channels.FirstOrDefault(c => c.Name.StartsWith($"inc-{n}-", StringComparison.Ordinal) && c.Topic is not null
                    && world.Slack.Messages(c.Id).Any(m => m.Blocks?.Any(b => b!["type"]!.GetValue<string>() == "header") == true)),
                $"INC-{n}'s channel with its topic and card while {n - 1} pages wait",
                seconds: 60);
            Assert.StartsWith($"INC-{n} ", channel.Topic, StringComparison.Ordinal);
        }

        Assert.Single(Buttons(DirectMessages(world.Slack)));
        Assert.Empty(world.Slack.Violations);
    }

    private static List<FakeSlackMessage> DirectMessages(FakeSlackServer slack) =>
        [.. slack.Channels.Where(c => c.DirectMessageUser == "U0ADA").SelectMany(c => slack.Messages(c.Id))];

    private static List<JsonNode> Buttons(IEnumerable<FakeSlackMessage> messages) =>
        [.. messages.SelectMany(m => m.Buttons()).Where(e => e["action_id"]!.GetValue<string>() == Acknowledge)];

    private static IEnumerable<string> Numbers(int count) =>
        Enumerable.Range(1, count).Select(n => n.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal);

    private static async Task<string?> StatusAsync(SlackWorld world, int number) =>
        (await world.IncidentAsync(number)).GetProperty("status").GetString();
}
