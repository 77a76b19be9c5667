using IncidentBot.Core.Outbox;

namespace IncidentBot.Core.Tests.Outbox;

/// <summary>A platform whose answers a test scripts: outage until told otherwise, refusals by kind.</summary>
internal sealed class ScriptedDeliverer : IOutboxDeliverer
{
    public string Platform => "fake";

    /// <summary>While set, every delivery is answered with it (an outage or a rate limit).</summary>
    public OutboxDelivery? Outage { get; set; }

    public HashSet<string> RefusedKinds { get; } = [];

    /// <summary>What reached the platform, in order.</summary>
    public List<string> Delivered { get; } = [];

    /// <summary>How many items of kind <c>note</c> in a row one delivery may carry (1: no merging).</summary>
    public int MergeNotes { get; set; } = 1;

    /// <summary>Each delivery's items, as the platform got them.</summary>
    public List<int> Calls { get; } = [];

    /// <summary>While set, the platform paces the lane: it takes nothing before this time.</summary>
    public DateTimeOffset? BusyUntil { get; set; }

    public Task<DateTimeOffset?> NotBeforeAsync(OutboxItem next, CancellationToken cancellationToken = default) => Task.FromResult(BusyUntil);

    public int Mergeable(IReadOnlyList<OutboxItem> pending) =>
        Math.Max(1, Math.Min(MergeNotes, pending.TakeWhile(i => i.Kind == "note").Count()));

    public Task<OutboxDelivery> DeliverAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default)
    {
        var item = items[0];
        if (Outage is { } outage)
        {
            return Task.FromResult(outage);
        }

        if (RefusedKinds.Contains(item.Kind))
        {
            return Task.FromResult(OutboxDelivery.Rejected("channel_not_found"));
        }

        Delivered.AddRange(items.Select(i => i.Payload));
        Calls.Add(items.Count);
        return Task.FromResult(OutboxDelivery.Delivered($"ts-{item.Id}"));
    }
}
