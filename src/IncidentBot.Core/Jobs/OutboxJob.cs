using IncidentBot.Core.Outbox;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Delivers a lane's pending outbox items in order. A delivery the platform cannot take now stops the lane
/// and schedules this job again (after the platform's Retry-After, or with backoff), so nothing is dropped
/// and nothing overtakes it. Re-entrant: delivered items are skipped, one job per lane runs at a time.
/// </summary>
public sealed partial class OutboxJob(
    IOutboxStore outbox, IEnumerable<IOutboxDeliverer> deliverers, OutboxLanes lanes, IJobScheduler scheduler, TimeProvider time, ILogger<OutboxJob> logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    public async Task RunAsync(string platform, string lane, CancellationToken cancellationToken = default)
    {
        var deliverer = deliverers.FirstOrDefault(d => d.Platform == platform)
            ?? throw new InvalidOperationException($"No outbox deliverer for platform '{platform}'.");
        using var held = await lanes.AcquireAsync($"{platform}/{lane}", cancellationToken).ConfigureAwait(false);
        foreach (var item in await outbox.ListPendingAsync(platform, lane, cancellationToken).ConfigureAwait(false))
        {
            var delivery = await deliverer.DeliverAsync(item, cancellationToken).ConfigureAwait(false);
            item.Attempts++;
            item.LastError = delivery.Error;
            switch (delivery.Result)
            {
                case OutboxDeliveryResult.Delivered:
                    (item.Status, item.Result, item.DeliveredAt) = (OutboxStatus.Delivered, delivery.Value, time.GetUtcNow());
                    await outbox.SaveAsync(item, cancellationToken).ConfigureAwait(false);
                    break;
                case OutboxDeliveryResult.Rejected:
                    item.Status = OutboxStatus.Rejected;
                    await outbox.SaveAsync(item, cancellationToken).ConfigureAwait(false);
                    LogRejected(logger, item.Id, item.Kind, lane, delivery.Error);
                    break;
                default:
                    await outbox.SaveAsync(item, cancellationToken).ConfigureAwait(false);
                    var after = delivery.RetryAfter ?? Backoff(item.Attempts);
                    LogRetry(logger, item.Id, item.Kind, lane, delivery.Error, after);
                    scheduler.ScheduleOutbox(platform, lane, time.GetUtcNow() + after);
                    return;
            }
        }
    }

    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts, 16))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox item {Id} ({Kind}) to {Lane} was refused for good: {Error}")]
    private static partial void LogRejected(ILogger logger, long id, string kind, string lane, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox item {Id} ({Kind}) to {Lane} not delivered ({Error}); retrying in {After}")]
    private static partial void LogRetry(ILogger logger, long id, string kind, string lane, string? error, TimeSpan after);
}
