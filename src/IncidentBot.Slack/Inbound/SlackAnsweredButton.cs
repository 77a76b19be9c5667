using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// A message whose pressed button makes way for the answer: the actions block holding the button becomes a
/// context line with the answer, every other block stays. On a page for several incidents, the incident whose
/// Acknowledge was pressed says what happened, and the others keep their buttons.
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
            if (!found && Holds(block, actionId, value))
            {
                found = true;
                replaced.Add(new JsonObject
                {
                    ["type"] = "context",
                    ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackBlocks.Fallback(answer) }),
                });
                continue;
            }

            replaced.Add(JsonNode.Parse(block.GetRawText()));
        }

        return found ? replaced : null;
    }

    private static bool Holds(JsonElement block, string actionId, string value) =>
        block.String("type") == "actions"
        && block.Items("elements").Any(e => e.String("action_id") == actionId && e.String("value") == value);
}
