using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Teams.Activities;

namespace IncidentBot.Teams.Cards;

/// <summary>
/// Renders the core's messages as Adaptive Cards 1.5, the highest schema Teams renders
/// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference#adaptive-card):
/// the incident card as a header and one line per fact, other messages as one <c>TextBlock</c> a line (a
/// <c>TextBlock</c> joins single line breaks, microsoft/AdaptiveCards#5538). Buttons are <c>Action.Execute</c>
/// (verb = the core's action id) with an <c>Action.Submit</c> fallback carrying the same data, for clients without
/// Universal Actions. People to notify are mentioned as Teams does it: <c>&lt;at&gt;Name&lt;/at&gt;</c> in the text and a
/// <c>mention</c> entity under <c>msteams.entities</c>. All text goes through <see cref="TeamsMarkdown"/>, and every card
/// fits <see cref="TeamsLimits.CardBytes"/>: text that does not fit is cut, and a last line says so and links to the
/// incident's full record on the bot. Teams refuses an oversized message for good, so a card built here is never lost
/// to its length. A message is sent as the card alone: a text beside it would be split off by Teams.
/// </summary>
public static class AdaptiveCardRenderer
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The <c>data</c> property naming the core's action id, in <c>Action.Execute</c> and <c>Action.Submit</c>.</summary>
    public const string ActionIdProperty = "actionId";

    /// <summary>The <c>data</c> property carrying the button's value (the ids its handler needs).</summary>
    public const string ValueProperty = "value";

    /// <summary>What a card fact or a recent change shows: names and one-line descriptions.</summary>
    public const int CardLineLimit = 500;

    /// <summary>What the card's header shows of the incident's title.</summary>
    public const int TitleLimit = 250;

    /// <summary>The recent changes a card lists.</summary>
    public const int CardChanges = 10;

    /// <summary>
    /// The card for <paramref name="message"/>; <paramref name="fullRecord"/> is where the cut marker links when the
    /// text had to be cut, <paramref name="mentions"/> the people to @mention (a page in an incident thread).
    /// </summary>
    public static JsonObject Render(ChatMessage message, Uri? fullRecord = null, IReadOnlyList<TeamsMention>? mentions = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        mentions ??= [];
        if (message.Card is { } card)
        {
            var (body, cut) = CardBody(card);
            return Assemble(body, cut ? CutMarker(message, fullRecord) : null, message.ButtonsOrEmpty, mentions);
        }

        var whole = Assemble(TextBody(message.Text), null, message.ButtonsOrEmpty, mentions);
        if (TeamsLimits.BytesOf(whole) <= TeamsLimits.CardBytes)
        {
            return whole;
        }

        var marker = CutMarker(message, fullRecord);
        var (fits, tooLong) = (0, message.Text.Length);
        while (tooLong - fits > 1)
        {
            var middle = (fits + tooLong) / 2;
            if (TeamsLimits.BytesOf(Cut(message, middle, marker, mentions)) <= TeamsLimits.CardBytes)
            {
                fits = middle;
            }
            else
            {
                tooLong = middle;
            }
        }

        return Cut(message, fits, marker, mentions);
    }

    /// <summary>The activity's <c>summary</c>: the one line a notification or the activity feed shows, as plain text.</summary>
    public static string Summary(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = message.Card is { } card
            ? $"{card.Key} · {card.Title} ({card.Severity}, {card.Status})"
            : message.Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return TeamsMarkdown.Truncate(TeamsMarkdown.Plain(line), TeamsLimits.SummaryText);
    }

    /// <summary>The activity attachment carrying <paramref name="card"/>.</summary>
    public static JsonObject Attachment(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject { ["contentType"] = ContentType, ["content"] = card };
    }

    /// <summary>The <c>&lt;at&gt;…&lt;/at&gt;</c> text of a mention: the name without what could end the tag or read as Markdown.</summary>
    public static string MentionText(TeamsMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var name = new string([.. mention.Name.Where(c => !char.IsControl(c) && c is not ('<' or '>' or '\\' or '*' or '_' or '[' or ']'))]).Trim();
        return $"<at>{(name.Length == 0 ? mention.Id : name)}</at>";
    }

    private static JsonObject Cut(ChatMessage message, int length, JsonObject marker, IReadOnlyList<TeamsMention> mentions) =>
        Assemble(TextBody(message.Text[..TeamsMarkdown.SafeEnd(message.Text, length)]), marker.DeepClone().AsObject(), message.ButtonsOrEmpty, mentions);

    private static JsonObject Assemble(JsonArray body, JsonObject? marker, IReadOnlyList<ChatButton> buttons, IReadOnlyList<TeamsMention> mentions)
    {
        if (mentions.Count > 0)
        {
            body.Insert(0, TextBlock(string.Join(" ", mentions.Select(MentionText))));
        }

        if (marker is not null)
        {
            body.Add(marker);
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = TeamsLimits.CardVersion,
            ["body"] = body,
        };
        if (buttons.Count > 0)
        {
            card["actions"] = new JsonArray([.. buttons.Select(Execute)]);
        }

        if (mentions.Count > 0)
        {
            card["msteams"] = new JsonObject { ["entities"] = new JsonArray([.. mentions.Select(MentionEntity)]) };
        }

        return card;
    }

    private static (JsonArray Body, bool Cut) CardBody(IncidentCard card)
    {
        var title = $"{card.Key} · {card.Title}";
        var header = TextBlock(TeamsMarkdown.Escape(TeamsMarkdown.Truncate(title, TitleLimit)));
        header["size"] = "Large";
        header["weight"] = "Bolder";
        var body = new JsonArray
        {
            header,
            Fact("Severity", card.Severity, "Medium"),
            Fact("Status", card.Status),
            Fact("Service", card.Service ?? "unknown"),
            Fact("Lead", card.Lead ?? "none"),
            Fact("Acknowledged by", card.AcknowledgedBy ?? "nobody yet"),
        };
        foreach (var change in card.SuspectChanges.Take(CardChanges))
        {
            var line = TextBlock(TeamsMarkdown.Escape(TeamsMarkdown.Truncate($"Recent change: {change}", CardLineLimit)), "Small");
            line["isSubtle"] = true;
            line["size"] = "Small";
            body.Add(line);
        }

        return (body, title.Length > TitleLimit);
    }

    private static JsonObject Fact(string label, string value, string spacing = "None") =>
        TextBlock($"**{label}:** {TeamsMarkdown.Escape(TeamsMarkdown.Truncate(value, CardLineLimit))}", spacing);

    /// <summary>One <c>TextBlock</c> a line; a blank line becomes space before the next.</summary>
    private static JsonArray TextBody(string text)
    {
        var body = new JsonArray();
        var spacing = "Default";
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                spacing = "Medium";
                continue;
            }

            body.Add(TextBlock(TeamsMarkdown.FromCore(line), body.Count == 0 ? "Default" : spacing));
            spacing = "None";
        }

        return body;
    }

    /// <summary>The last line of a cut message: that it was cut, and where the whole of it can be read.</summary>
    private static JsonObject CutMarker(ChatMessage message, Uri? fullRecord)
    {
        var size = message.Text.Length.ToString("N0", CultureInfo.InvariantCulture);
        var text = fullRecord is null || message.About is not { } about
            ? $"_… cut to fit Teams (the message has {size} characters)._"
            : $"_… cut to fit Teams (the message has {size} characters). Everything is in [{IncidentKey.Format(about.IncidentNumber)} on the bot]({LinkTarget(fullRecord)})._";
        var marker = TextBlock(text, "Medium");
        marker["isSubtle"] = true;
        return marker;
    }

    /// <summary>The address as a Markdown link target: parentheses and spaces, which would end it, percent-encoded.</summary>
    private static string LinkTarget(Uri link) =>
        link.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    private static JsonObject Execute(ChatButton button)
    {
        var execute = new JsonObject { ["type"] = "Action.Execute", ["title"] = button.Label, ["verb"] = button.ActionId, ["data"] = Data(button) };
        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = button.Label, ["data"] = Data(button) };
        if (button.Style != ButtonStyle.Default)
        {
            execute["style"] = Style(button.Style);
            submit["style"] = Style(button.Style);
        }

        execute["fallback"] = submit;
        return execute;
    }

    private static JsonObject Data(ChatButton button) => new() { [ActionIdProperty] = button.ActionId, [ValueProperty] = button.Value };

    private static string Style(ButtonStyle style) => style == ButtonStyle.Primary ? "positive" : "destructive";

    private static JsonObject MentionEntity(TeamsMention mention) => new()
    {
        ["type"] = "mention",
        ["text"] = MentionText(mention),
        ["mentioned"] = new JsonObject { ["id"] = mention.Id, ["name"] = mention.Name },
    };

    private static JsonObject TextBlock(string text, string spacing = "Default")
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (spacing != "Default")
        {
            block["spacing"] = spacing;
        }

        return block;
    }
}
