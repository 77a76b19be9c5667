namespace IncidentBot.Core.Outbox;

/// <summary>Where outbox items wait; an add is durable when it returns.</summary>
public interface IOutboxStore
{
    /// <summary>Stores a new item and gives it the next id.</summary>
    Task AddAsync(OutboxItem item, CancellationToken cancellationToken = default);

    Task SaveAsync(OutboxItem item, CancellationToken cancellationToken = default);

    Task<OutboxItem?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A lane's pending items, oldest first.</summary>
    Task<IReadOnlyList<OutboxItem>> ListPendingAsync(string platform, string lane, CancellationToken cancellationToken = default);

    /// <summary>The delivered item of a lane whose result is <paramref name="result"/> (the platform's id of a posted message).</summary>
    Task<OutboxItem?> FindDeliveredAsync(string platform, string lane, string result, CancellationToken cancellationToken = default);

    /// <summary>Every lane of a platform with pending items.</summary>
    Task<IReadOnlyList<string>> ListPendingLanesAsync(string platform, CancellationToken cancellationToken = default);
}
