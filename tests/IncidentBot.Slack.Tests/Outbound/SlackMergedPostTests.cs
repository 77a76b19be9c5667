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

    [Fact]
    public void Mergeable_FiftyPagesQueuedForOnePerson_GoAsOneMessage()
    {
        var pending = Enumerable.Range(1, 60).Select(n => Page(n, $"*You are paged for INC-{n}: Checkout API error rate above 5% in eu-west-1* (sev2). Join #inc-{n}-checkout-api-error-rate.")).ToList();

        var count = SlackMergedPost.Mergeable(pending);

        Assert.Equal(SlackLimits.Blocks, count);
        using var blocks = JsonDocument.Parse(SlackMergedPost.Merge(pending.Take(count).ToList()).Blocks!);
        Assert.Equal(count, blocks.RootElement.EnumerateArray().Count(b => b.GetProperty("accessory").GetProperty("value").GetString() is not null));
    }

    private static OutboxItem Page(long id, string text) => new()
    {
        Id = id, Platform = SlackOutboxKinds.Platform, Lane = SlackOutboxKinds.DirectLane("U1"), Kind = SlackOutboxKinds.Direct, Status = OutboxStatus.Pending,
        Payload = JsonSerializer.Serialize(new SlackOutboxPayload
        {
            People = ["U1"], Text = SlackBlocks.Fallback(text),
            Blocks = SlackBlocks.Render(new ChatMessage(text, [new ChatButton("incident.acknowledge", "Acknowledge", $"{id}", ButtonStyle.Primary)])).ToJsonString(),
        }),
    };

    private static OutboxItem Post(long id, string text) => new()
    {
        Id = id, Platform = SlackOutboxKinds.Platform, Lane = "C1", Kind = SlackOutboxKinds.Post, Status = OutboxStatus.Pending,
        Payload = JsonSerializer.Serialize(new SlackOutboxPayload
        {
            Channel = "C1", Plain = true, Text = SlackBlocks.Fallback(text), Blocks = SlackBlocks.Render(new ChatMessage(text)).ToJsonString(),
        }),
    };
}
