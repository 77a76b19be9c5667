using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// Renders the core's messages as Block Kit (https://api.slack.com/reference/block-kit/blocks): the incident
/// card as a header, fields and context; other messages as sections; buttons as one actions block, or, for a short
/// message with one button (a page), as the section's accessory: one block a message, so 50 pages fit one message.
/// All text goes through <see cref="SlackMrkdwn"/>, and every message fits <see cref="SlackLimits"/>: text that
/// does not fit is cut, and a last line says so and links to the incident's full record on the bot. Slack refuses
/// a message over its limits for good, so a message built here is never lost to its length.
/// </summary>
public static class SlackBlocks
{
    /// <summary>Slack's limit for a section's text.</summary>
    public const int SectionTextLimit = SlackLimits.SectionText;

    /// <summary>What a card field or a recent change shows: names and one-line descriptions, far below Slack's limits.</summary>
    public const int CardLineLimit = 500;

    /// <summary>Room kept in <see cref="SlackLimits.BlocksText"/> for the card's header and the cut marker.</summary>
    private const int MarkerRoom = 500;

    /// <summary>The most a message's sections hold, so sections, marker and buttons stay within <see cref="SlackLimits.BlocksText"/>.</summary>
    public const int SectionsTextLimit = SlackLimits.BlocksText - MarkerRoom;

    public static JsonArray Render(ChatMessage message, Uri? fullRecord = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (blocks, cut) = message.Card is { } card ? Card(card) : Sections(message.Text);
        if (cut)
        {
            blocks.Add(CutMarker(message, fullRecord));
        }

        var buttons = message.ButtonsOrEmpty;
        if (!cut && buttons.Count == 1 && blocks is [JsonObject { } only] && (string?)only["type"] == "section")
        {
            only["accessory"] = Button(buttons[0]);
        }
        else if (buttons.Count > 0)
        {
            blocks.Add(Actions(buttons));
        }

        return blocks;
    }

    /// <summary>The notification text shown where blocks are not (push notifications, search).</summary>
    public static string Fallback(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Fallback(message.Text);
    }

    /// <summary>Text escaped and cut to what one section shows.</summary>
    public static string Fallback(string text) => SlackMrkdwn.Truncate(SlackMrkdwn.Escape(text), SectionTextLimit);

    private static (JsonArray Blocks, bool Cut) Card(IncidentCard card)
    {
        var title = SlackMrkdwn.Plain($"{card.Key} · {card.Title}");
        var fields = new JsonArray
        {
            Field("Severity", card.Severity),
            Field("Status", card.Status),
            Field("Service", card.Service ?? "unknown"),
            Field("Lead", card.Lead ?? "none"),
            Field("Acknowledged by", card.AcknowledgedBy ?? "nobody yet"),
        };
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "header",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackMrkdwn.Truncate(title, SlackLimits.HeaderText) },
            },
            new JsonObject { ["type"] = "section", ["fields"] = fields },
        };
        if (card.SuspectChanges.Count > 0)
        {
            var changes = new JsonArray();
            foreach (var change in card.SuspectChanges.Take(SlackLimits.ContextElements))
            {
                changes.Add(Mrkdwn(SlackMrkdwn.Truncate($"Recent change: {SlackMrkdwn.Escape(change)}", CardLineLimit)));
            }

            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = changes });
        }

        return (blocks, title.Length > SlackLimits.HeaderText);
    }

    private static JsonObject Field(string label, string value) =>
        Mrkdwn($"*{label}*\n{SlackMrkdwn.Truncate(SlackMrkdwn.Escape(value), CardLineLimit)}");

    /// <summary>The text in sections of at most <see cref="SectionTextLimit"/>, cut at <see cref="SectionsTextLimit"/> in all.</summary>
    private static (JsonArray Blocks, bool Cut) Sections(string text)
    {
        var escaped = SlackMrkdwn.Escape(text);
        var length = SlackMrkdwn.SafeEnd(escaped, SectionsTextLimit);
        var blocks = new JsonArray();
        for (var start = 0; start < length;)
        {
            var end = SlackMrkdwn.SafeEnd(escaped, Math.Min(start + SectionTextLimit, length));
            end = end > start ? end : Math.Min(start + SectionTextLimit, length);
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(escaped[start..end]) });
            start = end;
        }

        return (blocks, length < escaped.Length);
    }

    /// <summary>The last line of a cut message: that it was cut, and where the whole of it can be read.</summary>
    private static JsonObject CutMarker(ChatMessage message, Uri? fullRecord)
    {
        var size = message.Text.Length.ToString("N0", CultureInfo.InvariantCulture);
        var text = fullRecord is null || message.About is not { } about
            ? $"_… cut to fit Slack (the message has {size} characters)._"
            : $"_… cut to fit Slack (the message has {size} characters). Everything is in <{fullRecord.AbsoluteUri}|{IncidentKey.Format(about.IncidentNumber)} on the bot>._";
        return new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(text)) };
    }

    private static JsonObject Actions(IReadOnlyList<ChatButton> buttons) =>
        new() { ["type"] = "actions", ["elements"] = new JsonArray([.. buttons.Take(SlackLimits.ActionsElements).Select(Button)]) };

    private static JsonObject Button(ChatButton button)
    {
        var element = new JsonObject
        {
            ["type"] = "button",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackMrkdwn.Truncate(button.Label, SlackLimits.ButtonText) },
            ["action_id"] = button.ActionId,
            ["value"] = button.Value,
        };
        if (button.Style != ButtonStyle.Default)
        {
            element["style"] = button.Style == ButtonStyle.Primary ? "primary" : "danger";
        }

        return element;
    }

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };
}
