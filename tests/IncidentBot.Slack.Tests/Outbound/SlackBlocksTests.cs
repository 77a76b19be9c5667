using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Tests.Outbound;

public sealed class SlackBlocksTests
{
    [Fact]
    public void Render_IncidentCard_HasHeaderFieldsChangesAndButtons()
    {
        var card = new IncidentCard("INC-7", "api <!channel> 500s", "sev1", "triggered", "api", null, null, ["api 1.9 → 2.0: deploy"]);
        var message = new ChatMessage("fallback", [new ChatButton("incident.acknowledge", "Acknowledge", "7", ButtonStyle.Primary), new ChatButton("incident.resolve", "Resolve", "7")], card);

        var blocks = SlackBlocks.Render(message);

        Assert.Equal(["header", "section", "context", "actions"], blocks.Select(b => b!["type"]!.GetValue<string>()));
        Assert.Equal("INC-7 · api <!channel> 500s", blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("plain_text", blocks[0]!["text"]!["type"]!.GetValue<string>());
        var fields = blocks[1]!["fields"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()).ToList();
        Assert.Contains("*Severity*\nsev1", fields);
        Assert.Contains("*Service*\napi", fields);
        var buttons = blocks[3]!["elements"]!.AsArray();
        Assert.Equal("incident.acknowledge", buttons[0]!["action_id"]!.GetValue<string>());
        Assert.Equal("7", buttons[0]!["value"]!.GetValue<string>());
        Assert.Equal("primary", buttons[0]!["style"]!.GetValue<string>());
        Assert.Null(buttons[1]!["style"]);
    }

    [Fact]
    public void Render_LongText_IsSplitIntoSectionsWithinSlacksLimitWithoutCuttingAnEscape()
    {
        var text = new string('x', 2998) + "<&>" + new string('y', 4000);

        var blocks = SlackBlocks.Render(new ChatMessage(text));

        var parts = blocks.Select(b => b!["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.All(parts, p => Assert.True(p.Length <= SlackBlocks.SectionTextLimit));
        Assert.Equal(SlackMrkdwn.Escape(text), string.Concat(parts));
        Assert.All(parts, p => Assert.DoesNotMatch("&[a-z]{0,3}$", p));
    }

    [Fact]
    public void Render_UserTextWithMentionSyntax_IsEscapedInSectionsAndFallback()
    {
        var message = new ChatMessage("*Note* from Ada: <@U1> said <!here>");

        var section = SlackBlocks.Render(message)[0]!["text"]!["text"]!.GetValue<string>();

        Assert.Equal("*Note* from Ada: &lt;@U1&gt; said &lt;!here&gt;", section);
        Assert.Equal(section, SlackBlocks.Fallback(message));
    }

    [Fact]
    public void Render_PageWithItsAcknowledge_IsOneSectionWithTheButtonBesideTheText()
    {
        var message = new ChatMessage("*You are paged for INC-17: Checkout fails* (sev2). Join #inc-17-checkout.", [new ChatButton("incident.acknowledge", "Acknowledge", "17", ButtonStyle.Primary)]);

        var blocks = SlackBlocks.Render(message);

        var section = Assert.Single(blocks)!;
        Assert.Equal("section", section["type"]!.GetValue<string>());
        Assert.Equal("incident.acknowledge", section["accessory"]!["action_id"]!.GetValue<string>());
        Assert.Equal("17", section["accessory"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Render_160000CharacterText_FitsSlacksLimitsAndEndsWithALinkToTheIncidentsRecord()
    {
        var text = "*You are paged for INC-17: " + new string('x', 80_000) + new string('<', 80_000) + "*";
        var message = new ChatMessage(text, [new ChatButton("incident.acknowledge", "Acknowledge", "17", ButtonStyle.Primary)], About: new MessageSubject(17));

        var blocks = SlackBlocks.Render(message, new Uri("https://bot.example/api/incidents/17"));

        AssertWithinSlacksLimits(blocks);
        Assert.StartsWith("*You are paged for INC-17: xxx", blocks[0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["context", "actions"], blocks.TakeLast(2).Select(b => b!["type"]!.GetValue<string>()));
        var marker = blocks[^2]!["elements"]![0]!["text"]!.GetValue<string>();
        Assert.Contains("cut to fit Slack (the message has 160,028 characters)", marker, StringComparison.Ordinal);
        Assert.Contains("<https://bot.example/api/incidents/17|INC-17 on the bot>", marker, StringComparison.Ordinal);
        Assert.True(SlackBlocks.Fallback(message).Length <= SlackLimits.SectionText);
    }

    [Fact]
    public void Render_CardWithHugeTitleServiceAndChanges_FitsSlacksLimits()
    {
        var huge = new string('&', 20_000);
        var card = new IncidentCard("INC-7", huge, "sev1", "triggered", huge, huge, huge, Enumerable.Repeat(huge, 30).ToList());

        var blocks = SlackBlocks.Render(new ChatMessage(huge, Card: card, About: new MessageSubject(7)), new Uri("https://bot.example/api/incidents/7"));

        AssertWithinSlacksLimits(blocks);
        var marker = blocks.Last(b => b!["type"]!.GetValue<string>() == "context")!["elements"]![0]!["text"]!.GetValue<string>();
        Assert.Contains("<https://bot.example/api/incidents/7|INC-7 on the bot>", marker, StringComparison.Ordinal);
        Assert.All(blocks[1]!["fields"]!.AsArray(), f => Assert.DoesNotMatch("&[a-z]{0,3}…$", f!["text"]!.GetValue<string>()));
    }

    /// <summary>Slack's documented block limits, and the text of all blocks together under what Slack takes.</summary>
    private static void AssertWithinSlacksLimits(JsonArray blocks)
    {
        Assert.InRange(blocks.Count, 1, SlackLimits.Blocks);
        var texts = new List<string>();
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            var blockTexts = (block["text"] is { } text ? [text] : Array.Empty<JsonNode>())
                .Concat(block["fields"]?.AsArray() ?? []).Concat(block["elements"]?.AsArray().Select(e => e!["type"]!.GetValue<string>() == "button" ? e["text"] : e) ?? [])
                .Select(t => t!["text"]!.GetValue<string>()).ToList();
            var limit = block["type"]!.GetValue<string>() switch
            {
                "header" => SlackLimits.HeaderText,
                "actions" => SlackLimits.ButtonText,
                _ when block["fields"] is not null => SlackLimits.SectionFieldText,
                _ => SlackLimits.SectionText,
            };
            Assert.All(blockTexts, t => Assert.InRange(t.Length, 1, limit));
            texts.AddRange(blockTexts);
        }

        Assert.True(texts.Sum(t => t.Length) <= SlackLimits.BlocksText, $"{texts.Sum(t => t.Length)} characters of block text");
    }
}
