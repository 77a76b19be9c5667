using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// A message whose pressed button makes way for the answer: the actions block holding the button becomes a
/// context line with the answer; a section holding it as its accessory (a page) keeps its text, the answer
/// below it, and loses the button; every other block stays, so the message keeps its number of blocks. On a page
/// for several incidents, the incident whose Acknowledge was pressed says what happened, and the others keep
/// their buttons.
/// </summary>
public static class SlackAnsweredButton
{
    /// <summary>The message's blocks with the answer in place of the pressed button's block; null when the button is not in them.</summary>
    public static JsonArray? Replace(JsonElement blocks, string actionId, string value, string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (blocks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var replaced = new JsonArray();
        var found = false;
        foreach (var block in blocks.EnumerateArray())
        {
            if (!found && HoldsInActions(block, actionId, value))
            {
                found = true;
                replaced.Add(new JsonObject
                {
                    ["type"] = "context",
                    ["elements"] = new JsonArray(Mrkdwn(SlackBlocks.Fallback(answer))),
                });
                continue;
            }

            if (!found && HoldsAsAccessory(block, actionId, value))
            {
                found = true;
                var shown = block.TryGetProperty("text", out var text) ? text.String("text") : null;
                var answered = shown is null ? SlackMrkdwn.Escape(answer) : $"{shown}\n{SlackMrkdwn.Escape(answer)}";
                replaced.Add(new JsonObject
                {
                    ["type"] = "section",
                    ["text"] = Mrkdwn(SlackMrkdwn.Truncate(answered, SlackLimits.SectionText)),
                });
                continue;
            }

            replaced.Add(JsonNode.Parse(block.GetRawText()));
        }

        return found ? replaced : null;
    }

    private static bool HoldsInActions(JsonElement block, string actionId, string value) =>
        block.String("type") == "actions" && block.Items("elements").Any(e => IsButton(e, actionId, value));

    private static bool HoldsAsAccessory(JsonElement block, string actionId, string value) =>
        block.String("type") == "section" && block.TryGetProperty("accessory", out var accessory) && IsButton(accessory, actionId, value);

    private static bool IsButton(JsonElement element, string actionId, string value) =>
        element.String("action_id") == actionId && element.String("value") == value;

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };
}
