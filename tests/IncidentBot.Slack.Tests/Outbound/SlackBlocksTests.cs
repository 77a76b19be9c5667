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
}
