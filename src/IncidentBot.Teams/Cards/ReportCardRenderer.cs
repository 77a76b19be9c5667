using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IncidentBot.Teams.Cards;

/// <summary>
/// A drafted report (the postmortem's Markdown) as an Adaptive Card people read in Teams: its title, the summary, then
/// each section as Teams shows it — headings as bold lines, paragraphs and lists as text (bold, italic and links kept,
/// everything else escaped by <see cref="TeamsMarkdown"/>), quotes as an emphasised container, tables as Adaptive Card
/// tables; links only to https addresses (others keep their text). Its one button, "Read the full report", opens the
/// document's link (<see cref="ChatDocument.Link"/>: the whole report on the bot, as a page). A card holds about 24 KB:
/// sections past that are left out, and a last line says so, how big the whole report is, and where to read the rest.
/// </summary>
public static class ReportCardRenderer
{
    /// <summary>The title of the button that opens the whole report.</summary>
    public const string ReadLabel = "Read the full report";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static JsonObject Render(ChatDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = Block(TeamsMarkdown.Escape(TeamsMarkdown.Truncate(document.Title, AdaptiveCardRenderer.TitleLimit)));
        title["size"] = "Large";
        title["weight"] = "Bolder";
        var body = new JsonArray { title, Block(TeamsMarkdown.FromCore(document.Summary)) };
        var sections = Markdown.Parse(document.Markdown, Pipeline).Select(Element).OfType<JsonObject>().ToList();
        var card = Card(body);
        card["actions"] = new JsonArray(ReadAction(document.Link));
        var shown = 0;
        foreach (var section in sections)
        {
            body.Add(section);
            if (TeamsLimits.BytesOf(card) > TeamsLimits.CardBytes - 512)
            {
                body.RemoveAt(body.Count - 1);
                body.Add(CutMarker(document, sections.Count - shown));
                break;
            }

            shown++;
        }

        return card;
    }

    private static JsonObject Card(JsonArray body) => new()
    {
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["type"] = "AdaptiveCard",
        ["version"] = TeamsLimits.CardVersion,
        ["body"] = body,
    };

    private static JsonObject? Element(Block block) => block switch
    {
        HeadingBlock heading => Heading(heading),
        ParagraphBlock paragraph => Block(Inline(paragraph.Inline)),
        ListBlock list => Block(List(list)),
        Table table => TableOf(table),
        QuoteBlock quote => new JsonObject
        {
            ["type"] = "Container", ["style"] = "emphasis", ["items"] = new JsonArray([.. quote.Select(Element).OfType<JsonObject>()]),
        },
        ThematicBreakBlock => null,
        LeafBlock leaf => Block(TeamsMarkdown.Escape(leaf.Lines.ToString())),
        _ => null,
    };

    private static JsonObject Heading(HeadingBlock heading)
    {
        var text = Block(TeamsMarkdown.Escape(PlainText(heading.Inline)));
        text["weight"] = "Bolder";
        text["size"] = heading.Level <= 2 ? "Medium" : "Default";
        text["spacing"] = "Large";
        return text;
    }

    private static string List(ListBlock list)
    {
        var lines = new StringBuilder();
        var number = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var text = string.Join(" ", item.OfType<ParagraphBlock>().Select(p => Inline(p.Inline)));
            lines.Append(list.IsOrdered ? $"{number++}. " : "- ").Append(text).Append('\n');
        }

        return lines.ToString().TrimEnd('\n');
    }

    private static JsonObject TableOf(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        return new JsonObject
        {
            ["type"] = "Table",
            ["firstRowAsHeader"] = rows.FirstOrDefault()?.IsHeader == true,
            ["columns"] = new JsonArray([.. Enumerable.Range(0, columns).Select(i => new JsonObject { ["width"] = i == 0 ? 1 : 3 })]),
            ["rows"] = new JsonArray([.. rows.Select(row => new JsonObject
            {
                ["type"] = "TableRow",
                ["cells"] = new JsonArray([.. row.OfType<TableCell>().Select(cell => new JsonObject
                {
                    ["type"] = "TableCell",
                    ["items"] = new JsonArray(Block(string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => Inline(p.Inline))))),
                })]),
            })]),
        };
    }

    /// <summary>Inline Markdown as Teams shows it: emphasis and links kept, text escaped.</summary>
    private static string Inline(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            text.Append(inline switch
            {
                LiteralInline literal => TeamsMarkdown.Escape(literal.Content.ToString()),
                CodeInline code => TeamsMarkdown.Escape(code.Content),
                EmphasisInline emphasis => Emphasis(emphasis),
                LinkInline { IsImage: false, Url: { } url } link when Uri.TryCreate(url, UriKind.Absolute, out var target) && target.Scheme == Uri.UriSchemeHttps =>
                    $"[{Inline(link)}]({target.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})",
                LinkInline link => Inline(link),
                LineBreakInline => " ",
                ContainerInline container => Inline(container),
                _ => "",
            });
        }

        return text.ToString();
    }

    private static string Emphasis(EmphasisInline emphasis)
    {
        var inner = Inline(emphasis);
        return inner.Length == 0 ? "" : emphasis.DelimiterCount >= 2 ? $"**{inner}**" : $"_{inner}_";
    }

    private static string PlainText(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                ContainerInline container => PlainText(container),
                _ => "",
            });
        }

        return text.ToString();
    }

    private static JsonObject CutMarker(ChatDocument document, int leftOut)
    {
        var size = document.Markdown.Length.ToString("N0", CultureInfo.InvariantCulture);
        var marker = Block(
            $"_This card shows the first sections only: {leftOut.ToString(CultureInfo.InvariantCulture)} more did not fit one Teams message (the report has {size} characters). {ReadLabel} to see all of it._");
        marker["isSubtle"] = true;
        return marker;
    }

    /// <summary>The button that opens the whole report in the browser (https://adaptivecards.io/explorer/Action.OpenUrl.html).</summary>
    private static JsonObject ReadAction(Uri link) => new() { ["type"] = "Action.OpenUrl", ["title"] = ReadLabel, ["url"] = link.AbsoluteUri };

    private static JsonObject Block(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
}
