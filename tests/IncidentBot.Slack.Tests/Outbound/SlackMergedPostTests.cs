using System.Text.Json;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Outbox;
using IncidentBot.Slack.Outbound;

namespace IncidentBot.Slack.Tests.Outbound;

public sealed class SlackMergedPostTests
{
    [Fact]
    public void Merge_LongNotesInARow_StaysWithinWhatSlackTakesInOneMessage()
    {
        var pending = Enumerable.Range(1, 10).Select(n => Post(n, new string('n', 2_900))).ToList();

        var merged = SlackMergedPost.Merge(pending.Take(SlackMergedPost.Mergeable(pending)).ToList());

        using var blocks = JsonDocument.Parse(merged.Blocks!);
        var text = blocks.RootElement.EnumerateArray().Sum(b => b.GetProperty("text").GetProperty("text").GetString()!.Length);
        Assert.InRange(text, 2 * 2_900, SlackLimits.BlocksText);
    }

    private static OutboxItem Post(long id, string text) => new()
    {
        Id = id, Platform = SlackOutboxKinds.Platform, Lane = "C1", Kind = SlackOutboxKinds.Post, Status = OutboxStatus.Pending,
        Payload = JsonSerializer.Serialize(new SlackOutboxPayload
        {
            Channel = "C1", Plain = true, Text = SlackBlocks.Fallback(text), Blocks = SlackBlocks.Render(new ChatMessage(text)).ToJsonString(),
        }),
    };
}
