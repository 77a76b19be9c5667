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

    public Task<OutboxDelivery> DeliverAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        if (Outage is { } outage)
        {
            return Task.FromResult(outage);
        }

        if (RefusedKinds.Contains(item.Kind))
        {
            return Task.FromResult(OutboxDelivery.Rejected("channel_not_found"));
        }

        Delivered.Add(item.Payload);
        return Task.FromResult(OutboxDelivery.Delivered($"ts-{item.Id}"));
    }
}
