using IncidentBot.Core.Outbox;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>Outbox items in LiteDB; the auto-increment id is the delivery order.</summary>
public sealed class LiteOutboxStore(IncidentDatabase database) : IOutboxStore
{
    public Task AddAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        item.Id = database.Outbox.Insert(item).AsInt64;
        return Task.CompletedTask;
    }

    public Task SaveAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        if (!database.Outbox.Update(item))
        {
            throw new InvalidOperationException($"Outbox item {item.Id} is not stored; add it before saving it.");
        }

        return Task.CompletedTask;
    }

    public Task<OutboxItem?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<OutboxItem?>(database.Outbox.FindById(id));
    }

    public Task<IReadOnlyList<OutboxItem>> ListPendingAsync(string platform, string lane, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<OutboxItem> pending = database.Outbox
            .Find(o => o.Status == OutboxStatus.Pending && o.Platform == platform && o.Lane == lane)
            .OrderBy(o => o.Id)
            .ToList();
        return Task.FromResult(pending);
    }

    public Task<OutboxItem?> FindDeliveredAsync(string platform, string lane, string result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<OutboxItem?>(database.Outbox.FindOne(o => o.Result == result && o.Lane == lane && o.Platform == platform && o.Status == OutboxStatus.Delivered));
    }

    public Task<IReadOnlyList<string>> ListPendingLanesAsync(string platform, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<string> lanes = database.Outbox
            .Find(o => o.Status == OutboxStatus.Pending && o.Platform == platform)
            .Select(o => o.Lane)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(lanes);
    }
}
