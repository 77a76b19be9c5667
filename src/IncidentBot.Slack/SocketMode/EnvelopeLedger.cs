namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Makes each piece of work Slack sends run once however often it is delivered: the first delivery of a key runs the
/// handler; a delivery of the same key while it runs waits for it, and one after it succeeded gets its result at once
/// (for the dedupe window it is made with). A handler that fails is forgotten, so Slack's redelivery runs it again.
/// </summary>
/// <remarks>
/// Success is recorded only after the handler returned. Recording first would turn a handler that crashed half-way into
/// a delivery that is never handled: its redelivery would find the key taken. That is why envelope ids are not claimed
/// in <see cref="Core.Storage.IInboxStore"/>: <c>TryAcceptAsync</c> checks and claims in one step, so it must run before
/// the handler to stop a second run; <c>ReleaseAsync</c> gives the key back when the handler throws, but not when the
/// process dies half-way, and a stored key cannot answer a redelivered slash command with the reply its first handling
/// gave. Memory can, and is enough for what Socket Mode redelivers to a running bot: acks lost to a dropped connection,
/// envelopes sent on two connections during a refresh, events retried while their first handling is slow, all within
/// minutes. Across a restart, the event handler's own dedupe (<c>event_id</c> in the inbox store) keeps events from
/// acting twice; slash commands and interactions are not retried once their 3 seconds passed (the person sees an error
/// and acts again, which is new work). Waiting for a running handling, instead of answering "seen" at once, also keeps
/// an event whose first handling then fails from being acked by its retry. One ledger per client; nothing static.
/// </remarks>
internal sealed class EnvelopeLedger(TimeProvider time, TimeSpan dedupeWindow, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource<string?>> _outcomes = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _succeeded = new();

    /// <summary>
    /// The outcome of the work under <paramref name="key"/>: <paramref name="handle"/>'s, started on the thread pool if this
    /// is the first delivery (so the caller, a connection's read loop, never waits for it). <paramref name="repeat"/> tells
    /// whether the work was already running or done.
    /// </summary>
    public Task<string?> HandleOnceAsync(string key, Func<Task<string?>> handle, out bool repeat)
    {
        ArgumentNullException.ThrowIfNull(handle);
        TaskCompletionSource<string?> outcome;
        lock (_gate)
        {
            ForgetExpired();
            if (_outcomes.TryGetValue(key, out var known))
            {
                repeat = true;
                return known.Task;
            }

            outcome = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _outcomes[key] = outcome;
        }

        repeat = false;
        _ = RecordAsync(key, outcome, Task.Run(handle));
        return outcome.Task;
    }

    private async Task RecordAsync(string key, TaskCompletionSource<string?> outcome, Task<string?> handling)
    {
        await ((Task)handling).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lock (_gate)
        {
            if (handling.IsCompletedSuccessfully)
            {
                _succeeded.Enqueue((key, time.GetUtcNow()));
            }
            else
            {
                _outcomes.Remove(key);
            }
        }

        if (handling.IsCompletedSuccessfully)
        {
            outcome.SetResult(handling.Result);
        }
        else if (handling.IsCanceled)
        {
            outcome.SetCanceled();
        }
        else
        {
            outcome.SetException(handling.Exception!.InnerExceptions);
        }
    }

    private void ForgetExpired()
    {
        var cutoff = time.GetUtcNow() - dedupeWindow;
        while (_succeeded.TryPeek(out var oldest) && (oldest.At <= cutoff || _succeeded.Count > capacity))
        {
            _succeeded.Dequeue();
            _outcomes.Remove(oldest.Key);
        }
    }
}
