using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Commands;
using IncidentBot.Teams.Activities;
using IncidentBot.Teams.Cards;
using IncidentBot.Teams.Tests.Activities;

namespace IncidentBot.Teams.Tests.Cards;

public sealed class AdaptiveCardRendererTests
{
    private static readonly Uri Record = new("https://bot.example/incidents/7");

    private static readonly IncidentCard Incident = new("INC-7", "Checkout is down", "sev1", "triggered", "checkout", null, null, ["deploy checkout v42 by ada"]);

    private static readonly ChatButton[] CardButtons =
    [
        new(AckCommand.ButtonActionId, "Acknowledge", "7", ButtonStyle.Primary),
        new(RollbackCommand.CardButtonActionId, "Rollback", "7", ButtonStyle.Danger),
        new(ResolveCommand.ButtonActionId, "Resolve", "7"),
    ];

    [Fact]
    public void Render_IncidentCard_IsAnAdaptiveCard15WithHeaderFactsAndChanges()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("fallback", CardButtons, Incident));

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(
            ["INC-7 · Checkout is down", "**Severity:** sev1", "**Status:** triggered", "**Service:** checkout", "**Lead:** none",
             "**Acknowledged by:** nobody yet", "Recent change: deploy checkout v42 by ada"],
            Texts(card));
        Assert.Equal("Bolder", (string?)card["body"]![0]!["weight"]);
    }

    [Fact]
    public void Render_Buttons_AreExecuteWithTheActionIdAsVerbAndASubmitFallbackWithTheSameData()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("fallback", CardButtons, Incident));

        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Acknowledge", "Rollback", "Resolve"], actions.Select(a => (string?)a!["title"]));
        Assert.All(actions, a => Assert.Equal("Action.Execute", (string?)a!["type"]));
        Assert.Equal(CardButtons.Select(b => b.ActionId), actions.Select(a => (string?)a!["verb"]));
        Assert.Equal(["positive", "destructive", null], actions.Select(a => (string?)a!["style"]));
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.Submit", (string?)a!["fallback"]!["type"]);
            Assert.True(JsonNode.DeepEquals(a["data"], a["fallback"]!["data"]));
            Assert.Equal("7", (string?)a["data"]!["value"]);
        });
    }

    [Fact]
    public void Render_ButtonPressedEitherWay_ComesBackAsTheCoresActionAndValue()
    {
        var action = AdaptiveCardRenderer.Render(new ChatMessage("Page", [CardButtons[0]]))["actions"]![0]!;
        var invoke = new JsonObject
        {
            ["type"] = "invoke", ["name"] = "adaptiveCard/action", ["replyToId"] = "1795569061676",
            ["from"] = new JsonObject { ["id"] = "29:ada" }, ["conversation"] = new JsonObject { ["id"] = "a:1", ["conversationType"] = "personal" },
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = action["data"]!.DeepClone() }, ["trigger"] = "manual" },
        };
        var submit = new JsonObject
        {
            ["type"] = "message", ["replyToId"] = "1795569061676",
            ["from"] = new JsonObject { ["id"] = "29:ada" }, ["conversation"] = invoke["conversation"]!.DeepClone(),
            ["value"] = action["fallback"]!["data"]!.DeepClone(),
        };

        var executed = TeamsInbound.ReadCardPress(TeamsActivityReader.Read(invoke.ToJsonString()));
        var submitted = TeamsInbound.ReadCardPress(TeamsActivityReader.Read(submit.ToJsonString()));

        Assert.Equal((AckCommand.ButtonActionId, "7", "1795569061676"), (executed?.ActionId, executed?.Value, executed?.MessageId));
        Assert.Equal((AckCommand.ButtonActionId, "7", "1795569061676"), (submitted?.ActionId, submitted?.Value, submitted?.MessageId));
    }

    [Fact]
    public void Render_AlertTextWithAMentionAndMarkup_ShowsItAsTypedAndMentionsNobody()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("Alert: <at>Ada Lovelace</at> **run** [this](https://evil.example) _now_"));

        var json = card.ToJsonString();
        Assert.DoesNotContain("<at", json, StringComparison.OrdinalIgnoreCase);
        Assert.Null(card["msteams"]);
        Assert.Equal([$"Alert: <{TeamsMarkdown.WordJoiner}at>Ada Lovelace<{TeamsMarkdown.WordJoiner}/at> \\*\\*run\\*\\* \\[this\\]([https://evil.example](https://evil.example)) \\_now\\_"], Texts(card));
    }

    [Fact]
    public void Render_Lines_OneTextBlockEachWithSpaceAfterABlankLine()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("*INC-7* acknowledged\r\nby Ada\n\nETA 15m"));

        var body = card["body"]!.AsArray();
        Assert.Equal(["**INC-7** acknowledged", "by Ada", "ETA 15m"], Texts(card));
        Assert.Equal([null, "None", "Medium"], body.Select(b => (string?)b!["spacing"]));
        Assert.All(body, b => Assert.True((bool)b!["wrap"]!));
    }

    [Fact]
    public void Render_ShortText_IsNotCut()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("short", About: new MessageSubject(7)), Record);

        Assert.Equal(["short"], Texts(card));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("\U0001F525")]
    [InlineData("line of log output\n")]
    public void Render_TextOverTeamsLimit_IsCutToFitAndSaysWhereTheRestIs(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length));
        var message = new ChatMessage(text, [CardButtons[2]], About: new MessageSubject(7));

        var card = AdaptiveCardRenderer.Render(message, Record);

        var size = TeamsLimits.BytesOf(card);
        Assert.InRange(size, TeamsLimits.CardBytes - 1024, TeamsLimits.CardBytes);
        var texts = Texts(card);
        Assert.Equal($"_… cut to fit Teams (the message has {text.Length:N0} characters). Everything is in [INC-7 on the bot](https://bot.example/incidents/7)._", texts[^1]);
        var kept = string.Join("\n", texts[..^1]);
        Assert.StartsWith(kept, text.Replace("\n\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(kept[^1]));
        Assert.NotNull(card["actions"]);
    }

    [Fact]
    public void Render_TextOverTeamsLimitWithoutARecord_SaysItWasCut()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage(new string('x', 50_000)));

        Assert.Equal("_… cut to fit Teams (the message has 50,000 characters)._", Texts(card)[^1]);
    }

    [Fact]
    public void Render_VeryLongTitle_IsCutAndLinksToTheRecord()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("x", Card: Incident with { Title = new string('t', 1000) }, About: new MessageSubject(7)), Record);

        var texts = Texts(card);
        Assert.Equal(AdaptiveCardRenderer.TitleLimit, texts[0].Length);
        Assert.EndsWith("…", texts[0], StringComparison.Ordinal);
        Assert.Contains("[INC-7 on the bot](https://bot.example/incidents/7)", texts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Mentions_AreWrittenAsTeamsWritesThem()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("*You are paged for INC-7*"), mentions: [new TeamsMention("29:ada", "Ada Lovelace")]);

        var entity = card["msteams"]!["entities"]![0]!;
        var real = TeamsFixture.Json("real/outbound_adaptive_card_with_mentions.json")["attachments"]![0]!["content"]!["msteams"]!["entities"]![0]!;
        Assert.Equal(Shape(real), Shape(entity));
        Assert.Equal("<at>Ada Lovelace</at>", (string?)entity["text"]);
        Assert.Equal(("29:ada", "Ada Lovelace"), ((string?)entity["mentioned"]!["id"], (string?)entity["mentioned"]!["name"]));
        Assert.Equal(["<at>Ada Lovelace</at>", "**You are paged for INC-7**"], Texts(card));
    }

    [Fact]
    public void Render_MentionOfANameWithMarkup_StillMatchesItsEntity()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("x"), mentions: [new TeamsMention("29:eve", "Eve </at><at>*All*")]);

        var text = Texts(card)[0];
        Assert.Equal("<at>Eve /atatAll</at>", text);
        Assert.Equal(text, (string?)card["msteams"]!["entities"]![0]!["text"]);
    }

    [Fact]
    public void Summary_IncidentCard_NamesTheIncidentAndWhereItStands()
    {
        Assert.Equal("INC-7 · Checkout is down (sev1, triggered)", AdaptiveCardRenderer.Summary(new ChatMessage("x", Card: Incident)));
    }

    [Fact]
    public void Summary_Text_IsItsFirstLineAsPlainText()
    {
        Assert.Equal("You are paged for INC-7: Checkout is down (sev1).", AdaptiveCardRenderer.Summary(new ChatMessage("\n*You are paged for INC-7: Checkout is down* (sev1).\nmore")));
    }

    [Fact]
    public void Summary_LongLine_IsCutToOneNotification()
    {
        var summary = AdaptiveCardRenderer.Summary(new ChatMessage(new string('s', 5000)));

        Assert.Equal(TeamsLimits.SummaryText, summary.Length);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachment_Card_IsTheAdaptiveCardContentType()
    {
        var card = AdaptiveCardRenderer.Render(new ChatMessage("x"));

        var attachment = AdaptiveCardRenderer.Attachment(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Same(card, attachment["content"]);
    }

    private static string[] Texts(JsonObject card) => [.. card["body"]!.AsArray().Select(b => (string)b!["text"]!)];

    /// <summary>The property names of an object and of the objects in it.</summary>
    private static string[] Shape(JsonNode node) =>
        [.. node.AsObject().SelectMany(p => p.Value is JsonObject inner ? Shape(inner).Select(n => $"{p.Key}.{n}") : [p.Key]).Order(StringComparer.Ordinal)];
}
