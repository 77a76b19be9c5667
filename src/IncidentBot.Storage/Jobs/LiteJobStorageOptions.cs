namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Timings of <see cref="LiteJobStorage"/>. The defaults recover from a killed process within about half a
/// minute: its claimed jobs and held locks lapse when it stops renewing them.
/// </summary>
public sealed class LiteJobStorageOptions
{
    /// <summary>
    /// How long a claimed job stays hidden from other workers after its worker last renewed the claim. A live
    /// worker renews it every fifth of this while the job runs (a sliding timeout), so long jobs are never taken
    /// over; a dead worker's job is visible again this long after its last renewal.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often an idle worker looks at the queues. Enqueues in this process wake workers at once; polling
    /// finds what other processes enqueued and claims that lapsed.
    /// </summary>
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a distributed lock outlives its owner's last renewal; a live owner renews every third of it.</summary>
    public TimeSpan DistributedLockLifetime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a waiter for a lock held elsewhere looks again (releases in this process wake it at once).</summary>
    public TimeSpan DistributedLockPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often expired jobs, sets, lists, hashes and counters are deleted.</summary>
    public TimeSpan ExpirationCheckInterval { get; init; } = TimeSpan.FromMinutes(5);

    internal void Validate()
    {
        Positive(InvisibilityTimeout, nameof(InvisibilityTimeout));
        Positive(QueuePollInterval, nameof(QueuePollInterval));
        Positive(DistributedLockLifetime, nameof(DistributedLockLifetime));
        Positive(DistributedLockPollInterval, nameof(DistributedLockPollInterval));
        Positive(ExpirationCheckInterval, nameof(ExpirationCheckInterval));
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
        }
    }
}
