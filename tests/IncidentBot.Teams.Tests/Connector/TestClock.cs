using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>
/// A <see cref="FakeTimeProvider"/> starting at the real time (MSAL stamps token expiries on the real clock) that
/// tells when a timer is set, so a test advances time only once the code under test is waiting, and knows how long
/// it asked to wait.
/// </summary>
internal sealed class TestClock() : FakeTimeProvider(System.GetUtcNow())
{
    /// <summary>How long a test waits (in real time) for something to happen before it fails instead of hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _unclaimed = [];
    private readonly List<(Func<TimeSpan, bool> Wanted, TaskCompletionSource<TimeSpan> Set)> _waiters = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Set(dueTime);
        return timer;
    }

    /// <summary>Completes once a timer of exactly <paramref name="dueTime"/> has been set (each setting answers one wait).</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime) => WaitForTimerAsync(due => due == dueTime);

    /// <summary>Completes with the due time of the first timer <paramref name="wanted"/> picks.</summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> wanted)
    {
        lock (_gate)
        {
            var index = _unclaimed.FindIndex(due => wanted(due));
            if (index >= 0)
            {
                var due = _unclaimed[index];
                _unclaimed.RemoveAt(index);
                return Task.FromResult(due);
            }

            var set = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((wanted, set));
            return set.Task.WaitAsync(Patience);
        }
    }

    /// <summary>Waits for a timer <paramref name="wanted"/> picks, then moves time past it; returns its due time.</summary>
    public async Task<TimeSpan> AdvancePastTimerAsync(Func<TimeSpan, bool> wanted)
    {
        var due = await WaitForTimerAsync(wanted);
        Advance(due);
        return due;
    }

    private void Set(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            var waiter = _waiters.FindIndex(w => w.Wanted(dueTime));
            if (waiter < 0)
            {
                _unclaimed.Add(dueTime);
                return;
            }

            _waiters[waiter].Set.TrySetResult(dueTime);
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
