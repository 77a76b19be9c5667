namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Wakes the threads of this process that wait for something to change (a job enqueued, a lock released).
/// A waiter takes <see cref="Next"/> before it looks, then waits on it: a pulse that lands between the look and
/// the wait has already completed the task, so no wake-up is lost. Other processes cannot pulse it; waiters
/// also poll.
/// </summary>
internal sealed class Signal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next <see cref="Pulse"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>Blocks until the pulse <paramref name="next"/> stands for, or <paramref name="timeout"/>; throws when cancelled.</summary>
    public static void Wait(Task next, TimeSpan timeout, CancellationToken cancellationToken) =>
        next.Wait((int)Math.Ceiling(timeout.TotalMilliseconds), cancellationToken);

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
