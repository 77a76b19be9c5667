using IncidentBot.Core.Outbox;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>Outbox items in LiteDB; the auto-increment id is the delivery order.</summary>
/// <remarks>
/// Queries are parameterized expressions, never LINQ predicates over captured variables: LiteDB compiles a
/// delegate to read each captured value, on every call.
/// </remarks>
public sealed class LiteOutboxStore(IncidentDatabase database) : IOutboxStore
{
    private const string PendingInLane = "$.Status = @0 AND $.Platform = @1 AND $.Lane = @2";
    private const string PendingOfPlatform = "$.Status = @0 AND $.Platform = @1";
    private const string DeliveredInLane = "$.Result = @0 AND $.Platform = @1 AND $.Lane = @2 AND $.Status = @3";

    private static readonly BsonValue Pending = nameof(OutboxStatus.Pending);
    private static readonly BsonValue Delivered = nameof(OutboxStatus.Delivered);

    public async Task AddAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        item.Id = await database.WriteAsync(() => database.Outbox.Insert(item).AsInt64).ConfigureAwait(false);
    }

    public async Task SaveAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        if (!await database.WriteAsync(() => database.Outbox.Update(item)).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Outbox item {item.Id} is not stored; add it before saving it.");
        }
    }

    public async Task SaveAllAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        cancellationToken.ThrowIfCancellationRequested();
        await database.WriteAsync(() =>
        {
            foreach (var item in items.Where(item => !database.Outbox.Update(item)))
            {
                throw new InvalidOperationException($"Outbox item {item.Id} is not stored; add it before saving it.");
            }

            return items.Count;
        }).ConfigureAwait(false);
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
            .Find(BsonExpression.Create(PendingInLane, Pending, platform, lane))
            .OrderBy(o => o.Id)
            .ToList();
        return Task.FromResult(pending);
    }

    public Task<OutboxItem?> FindDeliveredAsync(string platform, string lane, string result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<OutboxItem?>(database.Outbox.FindOne(BsonExpression.Create(DeliveredInLane, result, platform, lane, Delivered)));
    }

    public Task<IReadOnlyList<string>> ListPendingLanesAsync(string platform, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<string> lanes = database.Outbox
            .Find(BsonExpression.Create(PendingOfPlatform, Pending, platform))
            .Select(o => o.Lane)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(lanes);
    }
}
