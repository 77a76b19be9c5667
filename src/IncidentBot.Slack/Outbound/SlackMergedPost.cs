using System.Buffers;
using System.Text;
using System.Text.Json;
using IncidentBot.Core.Outbox;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// Plain posts waiting in a row for one channel, or direct messages waiting in a row for one person (pages), as
/// one Slack message: their blocks one after another (each page keeps its own text and its own Acknowledge),
/// their texts one per line. Slack takes about one message a second per channel, so a burst of notes reaches the
/// channel at once, and pages for a dozen incidents reach the person on call at once, rather than trickling in
/// for minutes. The merged message stays within what Slack takes in one message (<see cref="SlackLimits"/>: 50
/// blocks, and the blocks' text in all); the fallback text is kept well under Slack's 40,000 characters.
/// </summary>
public static class SlackMergedPost
{
    public const int MaxText = 30_000;

    public static SlackOutboxPayload PayloadOf(OutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return JsonSerializer.Deserialize<SlackOutboxPayload>(item.Payload) ?? new SlackOutboxPayload();
    }

    /// <summary>How many of the first pending items go as one message (1 unless the first few are plain posts or direct messages).</summary>
    public static int Mergeable(IReadOnlyList<OutboxItem> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        int count = 0, blocks = 0, blocksText = 0, text = 0;
        foreach (var item in pending)
        {
            if (item.Kind != pending[0].Kind || !MergesAsKind(item, out var payload))
            {
                break;
            }

            var (itemBlocks, itemBlocksText) = Measure(payload);
            blocks += itemBlocks;
            blocksText += itemBlocksText;
            text += (payload.Text?.Length ?? 0) + 1;
            if (count > 0 && (blocks > SlackLimits.Blocks || blocksText > SlackLimits.BlocksText || text > MaxText))
            {
                break;
            }

            count++;
        }

        return Math.Max(count, 1);
    }

    public static SlackOutboxPayload Merge(IReadOnlyList<OutboxItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var payloads = items.Select(PayloadOf).ToList();
        var blocks = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(blocks))
        {
            writer.WriteStartArray();
            foreach (var payload in payloads.Where(p => p.Blocks is not null))
            {
                using var document = JsonDocument.Parse(payload.Blocks!);
                foreach (var block in document.RootElement.EnumerateArray())
                {
                    block.WriteTo(writer);
                }
            }

            writer.WriteEndArray();
        }

        return payloads[0] with
        {
            Text = string.Join('\n', payloads.Select(p => p.Text)),
            Blocks = Encoding.UTF8.GetString(blocks.WrittenSpan),
        };
    }

    /// <summary>Direct messages always merge (one lane is one person); posts when they are plain (no card, no buttons).</summary>
    private static bool MergesAsKind(OutboxItem item, out SlackOutboxPayload payload)
    {
        payload = PayloadOf(item);
        return item.Kind == SlackOutboxKinds.Direct || (item.Kind == SlackOutboxKinds.Post && payload.Plain);
    }

    /// <summary>How many blocks a post has, and how much text they hold together.</summary>
    private static (int Blocks, int Text) Measure(SlackOutboxPayload payload)
    {
        if (payload.Blocks is null)
        {
            return (0, 0);
        }

        using var document = JsonDocument.Parse(payload.Blocks);
        return (document.RootElement.GetArrayLength(), TextLength(document.RootElement));
    }

    private static int TextLength(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(p => p.NameEquals("text") && p.Value.ValueKind == JsonValueKind.String
            ? p.Value.GetString()!.Length
            : TextLength(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(TextLength),
        _ => 0,
    };
}
