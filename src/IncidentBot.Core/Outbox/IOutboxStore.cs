namespace IncidentBot.Core.Outbox;

/// <summary>Where outbox items wait; an add is durable when it returns.</summary>
public interface IOutboxStore
{
    /// <summary>
    /// Stores a new item. It has the next id as soon as this returns (ids increase in the order items are added);
    /// the task completes once the item is durable.
    /// </summary>
    Task AddAsync(OutboxItem item, CancellationToken cancellationToken = default);

    Task SaveAsync(OutboxItem item, CancellationToken cancellationToken = default);

    /// <summary>Saves several items at once: all or none.</summary>
    Task SaveAllAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default);

    Task<OutboxItem?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A lane's pending items, oldest first.</summary>
    Task<IReadOnlyList<OutboxItem>> ListPendingAsync(string platform, string lane, CancellationToken cancellationToken = default);

    /// <summary>The delivered item of a lane whose result is <paramref name="result"/> (the platform's id of a posted message).</summary>
    Task<OutboxItem?> FindDeliveredAsync(string platform, string lane, string result, CancellationToken cancellationToken = default);

    /// <summary>Every lane of a platform with pending items.</summary>
    Task<IReadOnlyList<string>> ListPendingLanesAsync(string platform, CancellationToken cancellationToken = default);
}
