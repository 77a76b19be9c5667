using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Slack.Tests.WebApi;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when a timer is set (created with a due time, or changed to one,
/// as <c>CancelAfter</c> does), so a test advances time only once the code under test is waiting, and knows
/// how long it asked to wait.
/// </summary>
internal sealed class TestClock : FakeTimeProvider
{
    /// <summary>How long a test waits (in real time) for something to happen before it fails instead of hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _unclaimed = [];
    private readonly List<(TimeSpan Due, TaskCompletionSource Set)> _waiters = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Set(dueTime);
        return timer;
    }

    /// <summary>Completes once a timer of exactly <paramref name="dueTime"/> has been set (each setting answers one wait).</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime)
    {
        lock (_gate)
        {
            if (_unclaimed.Remove(dueTime))
            {
                return Task.CompletedTask;
            }

            var set = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, set));
            return set.Task.WaitAsync(Patience);
        }
    }

    /// <summary>Waits for the timer, then moves time past it.</summary>
    public async Task AdvancePastTimerAsync(TimeSpan dueTime)
    {
        await WaitForTimerAsync(dueTime);
        Advance(dueTime);
    }

    private void Set(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            var waiter = _waiters.FindIndex(w => w.Due == dueTime);
            if (waiter < 0)
            {
                _unclaimed.Add(dueTime);
                return;
            }

            _waiters[waiter].Set.TrySetResult();
            _waiters.RemoveAt(waiter);
        }
    }

    private sealed class WatchedTimer(ITimer timer, TestClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = timer.Change(dueTime, period);
            clock.Set(dueTime);
            return changed;
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
