using IncidentBot.Core.Outbox;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Outbox items in LiteDB. Ids are handed out as items are added, before they are stored, in the order their
/// writes are queued, which is the order they commit in: so the id is the delivery order, and a caller knows
/// an item's id while its write is still on its way.
/// </summary>
/// <remarks>
/// Both indexes hold only the items a query looks for: <see cref="PendingIndex"/> a pending item's lane, and
/// <see cref="DeliveredIndex"/> a delivered item's result (an expression that yields no key puts no node in the
/// index). So adding an item and marking it delivered cost one index node each, and the lookups do not slow
/// down as delivered items pile up. Queries are parameterized expressions, never LINQ predicates over captured
/// variables: LiteDB compiles a delegate to read each captured value, on every call.
/// </remarks>
public sealed class LiteOutboxStore(IncidentDatabase database) : IOutboxStore
{
    /// <summary>An index of pending items by <c>platform/lane</c>.</summary>
    internal const string PendingIndex = "PendingLane";

    internal const string PendingKey = "FILTER([$.Platform + '/' + $.Lane] => $.Status = 'Pending')";

    /// <summary>An index of delivered items by the platform's result (e.g. a posted message's <c>ts</c>).</summary>
    internal const string DeliveredIndex = "DeliveredResult";

    internal const string DeliveredKey = "FILTER([$.Result] => $.Status = 'Delivered' AND $.Result != null)";

    private const string PendingInLane = PendingKey + " ANY = @0";
    private const string PendingOfPlatform = PendingKey + " ANY LIKE @0";
    private const string DeliveredInLane = DeliveredKey + " ANY = @0 AND $.Platform = @1 AND $.Lane = @2";

    public async Task AddAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        await database.WriteAsync(() => database.Outbox.Insert(item), whileQueuing: () => item.Id = database.NextOutboxId()).ConfigureAwait(false);
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
            .Find(BsonExpression.Create(PendingInLane, $"{platform}/{lane}"))
            .OrderBy(o => o.Id)
            .ToList();
        return Task.FromResult(pending);
    }

    public Task<OutboxItem?> FindDeliveredAsync(string platform, string lane, string result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<OutboxItem?>(database.Outbox.FindOne(BsonExpression.Create(DeliveredInLane, result, platform, lane)));
    }

    public Task<IReadOnlyList<string>> ListPendingLanesAsync(string platform, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<string> lanes = database.Outbox
            .Find(BsonExpression.Create(PendingOfPlatform, $"{platform}/%"))
            .Select(o => o.Lane)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(lanes);
    }
}
