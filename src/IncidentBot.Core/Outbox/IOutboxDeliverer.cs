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

    /// <summary>
    /// When the platform can take <paramref name="next"/> no sooner than later (Slack takes about one message a
    /// second per channel), that time; null when it can take it now. The lane's job comes back then instead of
    /// holding a worker meanwhile, and what queued for the lane in between goes in the same call.
    /// </summary>
    Task<DateTimeOffset?> NotBeforeAsync(OutboxItem next, CancellationToken cancellationToken = default);

    /// <summary>Makes one call for <paramref name="items"/> (one item, or a run <see cref="Mergeable"/> allowed).</summary>
    Task<OutboxDelivery> DeliverAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default);

    /// <summary>
    /// Looks on the platform for items an earlier attempt may have delivered (<see cref="OutboxItem.InDoubt"/>), so
    /// they are adopted rather than sent twice. A platform that cannot look finds nothing, and the items are sent again.
    /// </summary>
    Task<OutboxLookup> LookUpAsync(IReadOnlyList<OutboxItem> inDoubt, CancellationToken cancellationToken = default) =>
        Task.FromResult(OutboxLookup.NothingFound);
}
