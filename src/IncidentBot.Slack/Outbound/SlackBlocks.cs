using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// Renders the core's messages as Block Kit (https://api.slack.com/reference/block-kit/blocks): the incident
/// card as a header, fields and context; other messages as sections; buttons as one actions block.
/// All text goes through <see cref="SlackMrkdwn"/>.
/// </summary>
public static class SlackBlocks
{
    /// <summary>Slack's limit for a section's text.</summary>
    public const int SectionTextLimit = 3000;

    public static JsonArray Render(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var blocks = message.Card is { } card ? Card(card) : Sections(message.Text);
        if (message.ButtonsOrEmpty.Count > 0)
        {
            blocks.Add(Actions(message.ButtonsOrEmpty));
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

    private static JsonArray Card(IncidentCard card)
    {
        var fields = new JsonArray
        {
            Mrkdwn($"*Severity*\n{SlackMrkdwn.Escape(card.Severity)}"),
            Mrkdwn($"*Status*\n{SlackMrkdwn.Escape(card.Status)}"),
            Mrkdwn($"*Service*\n{SlackMrkdwn.Escape(card.Service ?? "unknown")}"),
            Mrkdwn($"*Lead*\n{SlackMrkdwn.Escape(card.Lead ?? "none")}"),
            Mrkdwn($"*Acknowledged by*\n{SlackMrkdwn.Escape(card.AcknowledgedBy ?? "nobody yet")}"),
        };
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "header",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackMrkdwn.Truncate(SlackMrkdwn.Plain($"{card.Key} · {card.Title}"), 150) },
            },
            new JsonObject { ["type"] = "section", ["fields"] = fields },
        };
        if (card.SuspectChanges.Count > 0)
        {
            var changes = new JsonArray();
            foreach (var change in card.SuspectChanges.Take(10))
            {
                changes.Add(Mrkdwn(SlackMrkdwn.Truncate($"Recent change: {SlackMrkdwn.Escape(change)}", SectionTextLimit)));
            }

            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = changes });
        }

        return blocks;
    }

    private static JsonArray Sections(string text)
    {
        var escaped = SlackMrkdwn.Escape(text);
        var blocks = new JsonArray();
        for (var start = 0; start < escaped.Length;)
        {
            var end = Math.Min(start + SectionTextLimit, escaped.Length);
            var entity = escaped.LastIndexOf('&', end - 1, Math.Min(5, end - start));
            if (end < escaped.Length && entity > start && escaped.IndexOf(';', entity, end - entity) < 0)
            {
                end = entity;
            }

            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(escaped[start..end]) });
            start = end;
        }

        return blocks;
    }

    private static JsonObject Actions(IReadOnlyList<ChatButton> buttons)
    {
        var elements = new JsonArray();
        foreach (var button in buttons.Take(25))
        {
            var element = new JsonObject
            {
                ["type"] = "button",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackMrkdwn.Truncate(button.Label, 75) },
                ["action_id"] = button.ActionId,
                ["value"] = button.Value,
            };
            if (button.Style != ButtonStyle.Default)
            {
                element["style"] = button.Style == ButtonStyle.Primary ? "primary" : "danger";
            }

            elements.Add(element);
        }

        return new JsonObject { ["type"] = "actions", ["elements"] = elements };
    }

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };
}
