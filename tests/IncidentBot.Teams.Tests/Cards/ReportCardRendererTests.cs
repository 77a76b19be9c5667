using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Teams.Cards;

namespace IncidentBot.Teams.Tests.Cards;

public sealed class ReportCardRendererTests
{
    private static readonly string SeedDraft = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reports", "seed-postmortem-draft.md"));

    private static readonly Uri Link = new("https://bot.example.com/reports/1/2?sig=abc_-123");

    [Fact]
    public void Render_SeedPostmortem_ShowsEverySectionTheTimelineAsATableAndTheRootCauseQuote()
    {
        var card = ReportCardRenderer.Render(new ChatDocument("INC-1 postmortem (draft 1)", "inc-1-postmortem.md", "Resolved in 22 minutes.", SeedDraft, Link));

        var body = card["body"]!.AsArray();
        var texts = Texts(card).ToList();
        Assert.Equal("INC-1 postmortem (draft 1)", body[0]!["text"]!.GetValue<string>());
        Assert.All(["Summary", "Impact", "Timeline", "Root cause"], heading => Assert.Contains(body, b => b!["weight"]?.GetValue<string>() == "Bolder" && b["text"]!.GetValue<string>() == heading));
        var timelineAt = body.Select((b, i) => (b, i)).First(x => x.b!["text"]?.GetValue<string>() == "Timeline").i;
        var table = body[timelineAt + 1]!;
        Assert.Equal("Table", table["type"]!.GetValue<string>());
        var rows = table["rows"]!.AsArray();
        Assert.True(table["firstRowAsHeader"]!.GetValue<bool>());
        Assert.Equal(17, rows.Count);
        Assert.Equal("10:10", Cell(rows[5]!, 0));
        Assert.Contains("Acknowledged", Cell(rows[5]!, 1), StringComparison.Ordinal);
        Assert.Contains(body, b => b!["type"]!.GetValue<string>() == "Container" && b["style"]!.GetValue<string>() == "emphasis"
            && b.ToJsonString().Contains("pushed to every production server", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("- **Severity:** sev1", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("**Alert:** api returns HTTP 500 on 100% of requests.", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("](http://", StringComparison.Ordinal));
        Assert.True(TeamsLimits.BytesOf(card) <= TeamsLimits.CardBytes);
    }

    [Fact]
    public void Render_MarkupInTheReport_StaysText_AndOnlyHttpsLinksAreLinks()
    {
        var markdown = "## Notes\n\nSee [the graph](https://grafana.example.com/d/1) and [a script](javascript:alert(1)); <at>Everyone</at> \\*stars\\*.\n";

        var text = string.Join("\n", Texts(ReportCardRenderer.Render(new ChatDocument("T", "t.md", "S", markdown, Link))));

        Assert.Contains("[the graph](https://grafana.example.com/d/1)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.Contains("\\*stars\\*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReportLargerThanAMessage_FitsAndSaysHowMuchWasLeftOut()
    {
        var markdown = string.Concat(Enumerable.Range(1, 400).Select(i => $"## Section {i}\n\n{new string('x', 200)}\n\n"));

        var card = ReportCardRenderer.Render(new ChatDocument("T", "t.md", "S", markdown, Link));

        Assert.True(TeamsLimits.BytesOf(card) <= TeamsLimits.CardBytes);
        Assert.Matches(
            @"^_This card shows the first sections only: \d+ more did not fit one Teams message \(the report has [\d,]+ characters\)\. Read the full report to see all of it\._$",
            Texts(card).Last());
        Assert.Equal(Link.AbsoluteUri, ReadAction(card)["url"]!.GetValue<string>());
    }

    [Fact]
    public void Render_AnyReport_HasOneButtonOpeningTheDocumentsLink()
    {
        var card = ReportCardRenderer.Render(new ChatDocument("T", "t.md", "S", "## Summary\n\nShort.\n", Link));

        var action = ReadAction(card);
        Assert.Equal(("Action.OpenUrl", "Read the full report", "https://bot.example.com/reports/1/2?sig=abc_-123"),
            (action["type"]!.GetValue<string>(), action["title"]!.GetValue<string>(), action["url"]!.GetValue<string>()));
        Assert.DoesNotContain(Texts(card), t => t.Contains("did not fit", StringComparison.Ordinal));
    }

    private static JsonNode ReadAction(JsonNode card) => Assert.Single(card["actions"]!.AsArray())!;

    private static IEnumerable<string> Texts(JsonNode card) =>
        card["body"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "TextBlock").Select(b => b!["text"]!.GetValue<string>());

    private static string Cell(JsonNode row, int index) => row["cells"]![index]!["items"]![0]!["text"]!.GetValue<string>();
}
