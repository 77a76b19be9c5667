using IncidentBot.Core.Outbox;

namespace IncidentBot.Core.Tests.Outbox;

/// <summary>An outbox store in memory, for tests of the delivery job.</summary>
internal sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly List<OutboxItem> _items = [];

    public IReadOnlyList<OutboxItem> Items => _items;

    public Task AddAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        item.Id = _items.Count + 1;
        _items.Add(item);
        return Task.CompletedTask;
    }

    public Task SaveAsync(OutboxItem item, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<OutboxItem?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_items.FirstOrDefault(i => i.Id == id));

    public Task<OutboxItem?> FindDeliveredAsync(string platform, string lane, string result, CancellationToken cancellationToken = default) =>
        Task.FromResult(_items.FirstOrDefault(i => i.Platform == platform && i.Lane == lane && i.Result == result && i.Status == OutboxStatus.Delivered));

    public Task<IReadOnlyList<OutboxItem>> ListPendingAsync(string platform, string lane, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxItem>>(_items.Where(i => i.Platform == platform && i.Lane == lane && i.Status == OutboxStatus.Pending).ToList());

    public Task<IReadOnlyList<string>> ListPendingLanesAsync(string platform, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_items.Where(i => i.Platform == platform && i.Status == OutboxStatus.Pending).Select(i => i.Lane).Distinct().ToList());
}
