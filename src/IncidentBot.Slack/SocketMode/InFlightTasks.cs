using System.Collections.Concurrent;

namespace IncidentBot.Slack.SocketMode;

/// <summary>The envelope handlings a connection started and has not finished, so it can let them finish before it closes.</summary>
internal sealed class InFlightTasks
{
    private readonly ConcurrentDictionary<Task, bool> _tasks = new();

    public int Count => _tasks.Count;

    public void Track(Task task)
    {
        _tasks.TryAdd(task, true);
        _ = task.ContinueWith(
            static (done, tasks) => ((ConcurrentDictionary<Task, bool>)tasks!).TryRemove(done, out _),
            _tasks,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Waits until none is running, including those started meanwhile; false when <paramref name="timeout"/> passed first.
    /// The tracked tasks must not fail.
    /// </summary>
    public async Task<bool> DrainAsync(TimeSpan timeout, TimeProvider time)
    {
        using var expiry = new CancellationTokenSource(timeout, time);
        while (!_tasks.IsEmpty)
        {
            try
            {
                await Task.WhenAll(_tasks.Keys).WaitAsync(expiry.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (expiry.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }
}
