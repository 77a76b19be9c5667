using IncidentBot.Core.Outbox;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Delivers a lane's pending outbox items in order. A delivery the platform cannot take now stops the lane
/// and schedules this job again (after the platform's Retry-After, or with backoff), so nothing is dropped
/// and nothing overtakes it; until then the lane waits, even when new messages wake it (a job started early
/// schedules itself for the end of the wait). Items the platform can carry in one call (a burst of notes, the
/// pages waiting for one person) go together. Items the platform refuses for good are reported
/// (<see cref="IRefusedDeliveries"/>), then the lane moves on. A lane the platform paces (one message a second per channel)
/// is not waited for on a worker: the job comes back at the lane's turn, and takes everything that queued
/// meanwhile. One job delivers a lane at a time; a job that finds the lane taken leaves at once (the job
/// delivering it looks again before it lets go), so a busy lane never holds more than one worker and jobs of
/// other lanes and other kinds (opening a channel) never wait behind it. Re-entrant: delivered items are skipped.
/// Once, also when a call's outcome is unknown: items are marked in doubt before each call, and items still in
/// doubt (the call timed out, or the bot stopped during it) are looked for on the platform before they are sent again.
/// </summary>
public sealed partial class OutboxJob(
    IOutboxStore outbox, IEnumerable<IOutboxDeliverer> deliverers, OutboxLanes lanes, OutboxWakeups wakeups, IRefusedDeliveries refusals,
    IJobScheduler scheduler, TimeProvider time, ILogger<OutboxJob> logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    public async Task RunAsync(string platform, string lane, CancellationToken cancellationToken = default)
    {
        wakeups.Started(platform, lane);
        var deliverer = deliverers.FirstOrDefault(d => d.Platform == platform)
            ?? throw new InvalidOperationException($"No outbox deliverer for platform '{platform}'.");
        wakeups.LookAgain(platform, lane);
        do
        {
            using (var held = lanes.TryAcquire($"{platform}/{lane}"))
            {
                if (held is null)
                {
                    return; // the job holding the lane sees the word left above before it lets go
                }

                while (wakeups.TakeLookAgain(platform, lane))
                {
                    if (!await DeliverPendingAsync(deliverer, platform, lane, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }
        }
        while (wakeups.MustLookAgain(platform, lane));
    }

    /// <summary>Delivers what is pending now; false when the lane stopped to wait (it is scheduled to come back).</summary>
    private async Task<bool> DeliverPendingAsync(IOutboxDeliverer deliverer, string platform, string lane, CancellationToken cancellationToken)
    {
        if (wakeups.NotBefore(platform, lane, time.GetUtcNow()) is { } waitUntil)
        {
            ComeBack(platform, lane, waitUntil);
            return false;
        }

        var pending = (await outbox.ListPendingAsync(platform, lane, cancellationToken).ConfigureAwait(false)).ToArray();
        if (pending.Any(i => i.InDoubt))
        {
            if (!await AdoptDeliveredAsync(deliverer, platform, lane, pending, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            pending = [.. pending.Where(i => i.Status == OutboxStatus.Pending)];
        }

        for (var next = 0; next < pending.Length;)
        {
            if (await deliverer.NotBeforeAsync(pending[next], cancellationToken).ConfigureAwait(false) is { } turn && turn > time.GetUtcNow())
            {
                ComeBack(platform, lane, turn);
                return false;
            }

            var remaining = new ArraySegment<OutboxItem>(pending, next, pending.Length - next);
            var items = remaining.Take(Math.Clamp(deliverer.Mergeable(remaining), 1, remaining.Count)).ToList();
            await MarkInDoubtAsync(items, cancellationToken).ConfigureAwait(false);
            var delivery = await deliverer.DeliverAsync(items, cancellationToken).ConfigureAwait(false);
            Record(items, delivery);
            if (delivery.Result == OutboxDeliveryResult.Rejected)
            {
                LogRejected(logger, items[0].Id, items[0].Kind, lane, delivery.Error);
                await refusals.ReportAsync(items, delivery.Error, cancellationToken).ConfigureAwait(false);
            }

            await outbox.SaveAllAsync(items, cancellationToken).ConfigureAwait(false);
            if (delivery.Result == OutboxDeliveryResult.RetryLater)
            {
                Pause(platform, lane, items[0], delivery);
                return false;
            }

            next += items.Count;
        }

        return true;
    }

    /// <summary>
    /// Looks on the platform for the items an earlier attempt may have delivered and records those it finds as
    /// delivered; the others stay at the head of the lane and are sent again. False when the platform could not be
    /// asked (the lane then waits, as after a failed delivery).
    /// </summary>
    private async Task<bool> AdoptDeliveredAsync(
        IOutboxDeliverer deliverer, string platform, string lane, OutboxItem[] pending, CancellationToken cancellationToken)
    {
        var inDoubt = pending.Where(i => i.InDoubt).ToList();
        var lookup = await deliverer.LookUpAsync(inDoubt, cancellationToken).ConfigureAwait(false);
        if (lookup.Failure is { } failure)
        {
            Pause(platform, lane, inDoubt[0], failure);
            return false;
        }

        var found = inDoubt.Where(i => lookup.Found.ContainsKey(i.Id)).ToList();
        foreach (var item in found)
        {
            (item.Status, item.Result, item.DeliveredAt, item.InDoubt) = (OutboxStatus.Delivered, lookup.Found[item.Id], time.GetUtcNow(), false);
            LogAdopted(logger, item.Id, item.Kind, lane, item.Result);
        }

        if (found.Count > 0)
        {
            await outbox.SaveAllAsync(found, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Stored before the call, so a bot stopped during it knows afterwards that the platform may have done it.</summary>
    private async Task MarkInDoubtAsync(List<OutboxItem> items, CancellationToken cancellationToken)
    {
        if (items.TrueForAll(i => i.InDoubt))
        {
            return;
        }

        items.ForEach(i => i.InDoubt = true);
        await outbox.SaveAllAsync(items, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the lane until the platform can take <paramref name="first"/> (after its Retry-After, or with backoff).</summary>
    private void Pause(string platform, string lane, OutboxItem first, OutboxDelivery delivery)
    {
        var after = delivery.RetryAfter ?? Backoff(first.Attempts);
        LogRetry(logger, first.Id, first.Kind, lane, delivery.Error, after);
        var due = time.GetUtcNow() + after;
        wakeups.Defer(platform, lane, due);
        ComeBack(platform, lane, due);
    }

    /// <summary>Schedules the lane's next run at <paramref name="due"/>, unless a run is already waiting to start (it will wait too).</summary>
    private void ComeBack(string platform, string lane, DateTimeOffset due)
    {
        if (wakeups.TryClaim(platform, lane))
        {
            scheduler.ScheduleOutbox(platform, lane, due);
        }
    }

    private void Record(List<OutboxItem> items, OutboxDelivery delivery)
    {
        foreach (var item in items)
        {
            item.Attempts++;
            item.LastError = delivery.Error;
            item.InDoubt = delivery.OutcomeUnknown;
            switch (delivery.Result)
            {
                case OutboxDeliveryResult.Delivered:
                    (item.Status, item.Result, item.DeliveredAt) = (OutboxStatus.Delivered, delivery.Value, time.GetUtcNow());
                    break;
                case OutboxDeliveryResult.Rejected:
                    item.Status = OutboxStatus.Rejected;
                    break;
            }
        }
    }

    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts, 16))));

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox item {Id} ({Kind}) to {Lane} was found delivered ({Result}) by an attempt whose answer was lost; not sent again")]
    private static partial void LogAdopted(ILogger logger, long id, string kind, string lane, string? result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox item {Id} ({Kind}) to {Lane} was refused for good: {Error}")]
    private static partial void LogRejected(ILogger logger, long id, string kind, string lane, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox item {Id} ({Kind}) to {Lane} not delivered ({Error}); retrying in {After}")]
    private static partial void LogRetry(ILogger logger, long id, string kind, string lane, string? error, TimeSpan after);
}
