using System.Runtime.ExceptionServices;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Runs every write in a transaction on one thread of its own, many writers' work in one commit. A commit
/// costs far more than the writes in it (about half a millisecond against a few microseconds here), so
/// writers queue their work and the commit thread runs everything queued, in one transaction per round,
/// while the next round queues up. A writer learns of its work only after the commit that holds it. Work
/// that throws fails alone: the round is rolled back and run again one transaction per writer.
/// </summary>
internal sealed class GroupCommit : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly Thread _committer;
    private readonly object _gate = new();
    private readonly List<Action> _afterCommit = [];
    private List<IQueuedWrite> _queue = [];
    private bool _stopping;

    public GroupCommit(LiteDatabase database)
    {
        _database = database;
        _committer = new Thread(CommitRounds) { IsBackground = true, Name = "IncidentBot storage commits" };
        _committer.Start();
    }

    /// <summary>True inside a write (on the commit thread).</summary>
    public bool IsWriting => Thread.CurrentThread == _committer;

    /// <summary>True while this thread queues a write (inside its <c>whileQueuing</c>).</summary>
    public bool IsQueuing => Monitor.IsEntered(_gate);

    /// <summary>Runs <paramref name="work"/> in a committed transaction. It must not await: LiteDB binds a transaction to its thread.</summary>
    public Task<T> WriteAsync<T>(Func<T> work) => WriteAsync(work, whileQueuing: null);

    /// <summary>
    /// <see cref="WriteAsync{T}(Func{T})"/>, running <paramref name="whileQueuing"/> on the caller's thread as the
    /// write joins the queue. Writes are committed in the order they were queued, so numbers handed out there
    /// increase in commit order, and the caller has its number before the write is committed.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<T> work, Action? whileQueuing)
    {
        if (IsWriting)
        {
            throw new InvalidOperationException("A storage transaction is already open on this thread.");
        }

        var write = new QueuedWrite<T>(work);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping, this);
            whileQueuing?.Invoke();
            _queue.Add(write);
            Monitor.Pulse(_gate);
        }

        return write.Completion;
    }

    /// <summary><see cref="WriteAsync{T}(Func{T})"/>, waited for: for callers that cannot await (Hangfire's storage API is synchronous).</summary>
    public T Write<T>(Func<T> work) => WriteAsync(work).GetAwaiter().GetResult();

    /// <summary>
    /// Runs <paramref name="action"/> right after the transaction that is running commits (in commit order,
    /// before any writer learns of its commit), or never if it is rolled back. Only inside a write.
    /// </summary>
    public void AfterCommit(Action action)
    {
        if (!IsWriting)
        {
            throw new InvalidOperationException("Only a write can ask for something after its commit.");
        }

        _afterCommit.Add(action);
    }

    /// <summary>Commits what is queued, then stops the commit thread.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.Pulse(_gate);
        }

        _committer.Join();
    }

    private void CommitRounds()
    {
        while (true)
        {
            List<IQueuedWrite> round;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_stopping)
                {
                    Monitor.Wait(_gate);
                }

                if (_queue.Count == 0)
                {
                    return;
                }

                (round, _queue) = (_queue, []);
            }

            if (round.Count > 1 && TryCommit(round, out _))
            {
                continue;
            }

            foreach (var write in round)
            {
                TryCommit([write], out var failure);
                if (failure is not null)
                {
                    write.Fail(failure);
                }
            }
        }
    }

    /// <summary>Runs <paramref name="writes"/> in one transaction; once it is committed, completes them all.</summary>
    private bool TryCommit(List<IQueuedWrite> writes, out ExceptionDispatchInfo? failure)
    {
        failure = null;
        _afterCommit.Clear();
        try
        {
            if (!_database.BeginTrans())
            {
                throw new InvalidOperationException("A storage transaction is already open on the commit thread.");
            }

            writes.ForEach(w => w.Run());
            if (_database.Commit())
            {
                _afterCommit.ForEach(action => action());
                writes.ForEach(w => w.Complete());
                return true;
            }

            failure = ExceptionDispatchInfo.Capture(new InvalidOperationException("The storage transaction was not committed."));
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        _database.Rollback();
        return false;
    }

    private interface IQueuedWrite
    {
        void Run();

        void Complete();

        void Fail(ExceptionDispatchInfo failure);
    }

    private sealed class QueuedWrite<T>(Func<T> work) : IQueuedWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Completion => _completion.Task;

        public void Run() => _result = work();

        public void Complete() => _completion.SetResult(_result!);

        public void Fail(ExceptionDispatchInfo failure) => _completion.SetException(failure.SourceException);
    }
}
