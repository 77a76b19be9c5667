using IncidentBot.Core.Chat;
using IncidentBot.Core.Jobs;

namespace IncidentBot.Core.Outbox;

/// <summary>
/// How a platform adapter puts what it will send into the durable outbox: the item is numbered as it is added (so a
/// message's id is known before it is stored), and once it is stored its lane is woken, one delivery job per lane
/// however many messages queue. Shared by every platform, so they all deliver in order, once, after outages.
/// </summary>
public sealed class OutboxWriter(IOutboxStore outbox, OutboxWakeups wakeups, IJobScheduler scheduler, TimeProvider time)
{
    /// <summary>
    /// A new item for <paramref name="platform"/>'s <paramref name="lane"/>; one <paramref name="about"/> an incident is
    /// reported on it if the platform refuses it for good.
    /// </summary>
    public OutboxItem NewItem(string platform, string lane, string kind, string payload, MessageSubject? about = null) => new()
    {
        Platform = platform, Lane = lane, Kind = kind, Payload = payload, Status = OutboxStatus.Pending, CreatedAt = time.GetUtcNow(),
        IncidentNumber = about?.IncidentNumber, PagedPerson = about?.PagedPerson, PagedLevel = about?.PagedLevel ?? 0,
    };

    /// <summary>
    /// Adds <paramref name="item"/>: it is numbered when this returns, stored when the returned task completes. A
    /// store that fails at once (the disk is full) throws here, so the caller never hands out an id that was not kept.
    /// </summary>
    public Task Queue(OutboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var stored = StoreAsync(item, cancellationToken);
        if (stored.IsFaulted)
        {
            stored.GetAwaiter().GetResult();
        }

        return item.Id == 0
            ? throw new InvalidOperationException("The outbox store did not number the item as it was added.")
            : stored;
    }

    /// <summary>Adds the item (it has its id once this returns) and, once it is stored, wakes its lane.</summary>
    public async Task StoreAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await outbox.AddAsync(item, cancellationToken).ConfigureAwait(false);
        WakeLane(item.Platform, item.Lane, item.CreatedAt);
    }

    private void WakeLane(string platform, string lane, DateTimeOffset at)
    {
        if (!wakeups.TryClaim(platform, lane))
        {
            return;
        }

        try
        {
            scheduler.ScheduleOutbox(platform, lane, at);
        }
        catch
        {
            wakeups.Started(platform, lane);
            throw;
        }
    }
}
