using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// Slack's limits on a message's blocks, as Slack enforces them: a message over any is refused with
/// <c>invalid_blocks</c> (documented per block: https://docs.slack.dev/reference/block-kit/blocks), or
/// <c>msg_blocks_too_long</c> when the blocks hold more text in all than Slack takes (undocumented; observed from
/// about 13,000 characters, https://github.com/slackapi/bolt-js/issues/2509).
/// </summary>
internal static class FakeBlockLimits
{
    private const int MaxBlocks = 50;
    private const int MaxBlocksText = 13_000;

    public static void Check(JsonArray blocks)
    {
        if (blocks.Count > MaxBlocks || blocks.Any(b => b is not JsonObject block || !FakeJson.IsString(block["type"], out _) || !Fits(block)))
        {
            throw new FakeSlackError("invalid_blocks");
        }

        if (TextLength(blocks) > MaxBlocksText)
        {
            throw new FakeSlackError("msg_blocks_too_long");
        }
    }

    private static bool Fits(JsonObject block) => block["type"]!.GetValue<string>() switch
    {
        "section" => Text(block["text"]) <= 3000 && block["fields"] is not JsonArray { Count: > 10 }
            && (block["fields"] as JsonArray ?? []).All(f => Text(f) <= 2000)
            && (block["accessory"] is not JsonObject { } accessory || FitsButton(accessory)),
        "header" => Text(block["text"]) <= 150,
        "context" => block["elements"] is JsonArray { Count: <= 10 } elements && elements.All(e => Text(e) <= 3000),
        "actions" => block["elements"] is JsonArray { Count: <= 25 } buttons && buttons.All(FitsButton),
        _ => true,
    };

    private static bool FitsButton(JsonNode? button) =>
        Text(button?["text"]) <= 75 && (button?["value"]?.GetValue<string>().Length ?? 0) <= 2000;

    private static int Text(JsonNode? textObject) => FakeJson.IsString(textObject?["text"], out var text) ? text.Length : 0;

    private static int TextLength(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => p.Key == "text" && FakeJson.IsString(p.Value, out var text) ? text.Length : TextLength(p.Value)),
        JsonArray a => a.Sum(TextLength),
        _ => 0,
    };
}
