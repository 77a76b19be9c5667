namespace IncidentBot.Core.Outbox;

/// <summary>Makes the platform call outbox items describe.</summary>
public interface IOutboxDeliverer
{
    string Platform { get; }

    /// <summary>
    /// How many of a lane's first pending items one call can carry (at least 1): a burst of notes can go as one
    /// message, which is all a platform that takes one message a second per channel can keep up with.
    /// </summary>
    int Mergeable(IReadOnlyList<OutboxItem> pending);

    /// <summary>Makes one call for <paramref name="items"/> (one item, or a run <see cref="Mergeable"/> allowed).</summary>
    Task<OutboxDelivery> DeliverAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default);
}
