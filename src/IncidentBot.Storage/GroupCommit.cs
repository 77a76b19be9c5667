using System.Runtime.ExceptionServices;
using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Runs every write in a transaction on one thread of its own, many writers' work in one commit. A commit
/// costs far more than the writes in it (about half a millisecond against a few microseconds here), so
/// writers queue their work and the commit thread runs everything queued, in one transaction per round,
/// while the next round queues up. A writer learns of its work only after the commit that holds it. Work
/// that throws fails alone: the round is rolled back and run again one transaction per writer. A round the
/// storage could not take (an <see cref="IOException"/>: the disk is full) fails all its writers with
/// <see cref="StorageUnavailableException"/>, nothing of it saved; the engine is then discarded rather than rolled
/// back (see <see cref="RecoverableEngine"/>), and the commit thread carries on with the next round.
/// </summary>
internal sealed class GroupCommit : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly Action<Exception>? _storageFailed;
    private readonly Thread _committer;
    private readonly object _gate = new();
    private readonly List<Action> _afterCommit = [];
    private List<IQueuedWrite> _queue = [];
    private bool _stopping;

    /// <param name="database">The database to commit to.</param>
    /// <param name="storageFailed">Called on the commit thread after a write failed for the storage (or a rollback failed): the engine is not to be used again.</param>
    public GroupCommit(LiteDatabase database, Action<Exception>? storageFailed = null)
    {
        _database = database;
        _storageFailed = storageFailed;
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

        return Queue(new QueuedWrite<T>(work, alone: false), whileQueuing);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the commit thread outside any transaction, between the writes queued before it and
    /// those queued after: no write runs meanwhile, so the files hold every commit before it and nothing half-done (a
    /// checkpoint and a copy of the data file, for a backup).
    /// </summary>
    public Task<T> RunAloneAsync<T>(Func<T> work)
    {
        if (IsWriting)
        {
            throw new InvalidOperationException("A storage transaction is already open on this thread.");
        }

        return Queue(new QueuedWrite<T>(work, alone: true), whileQueuing: null);
    }

    private Task<T> Queue<T>(QueuedWrite<T> write, Action? whileQueuing)
    {
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

            var writes = new List<IQueuedWrite>();
            foreach (var item in round)
            {
                if (!item.Alone)
                {
                    writes.Add(item);
                    continue;
                }

                Commit(writes);
                writes = [];
                item.RunAlone();
            }

            Commit(writes);
        }
    }

    /// <summary>Commits <paramref name="writes"/> in one transaction; if it fails, one transaction per writer, so only failing ones fail.</summary>
    private void Commit(List<IQueuedWrite> writes)
    {
        if (writes.Count == 0 || TryCommit(writes) is not { } failure)
        {
            return;
        }

        if (writes.Count == 1 || failure.SourceException is StorageUnavailableException)
        {
            writes.ForEach(write => write.Fail(failure));
            return;
        }

        foreach (var write in writes)
        {
            if (TryCommit([write]) is { } own)
            {
                write.Fail(own);
            }
        }
    }

    /// <summary>Runs <paramref name="writes"/> in one transaction; once it is committed, completes them all. Null when committed.</summary>
    private ExceptionDispatchInfo? TryCommit(List<IQueuedWrite> writes)
    {
        ExceptionDispatchInfo failure;
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
                return null;
            }

            failure = ExceptionDispatchInfo.Capture(new InvalidOperationException("The storage transaction was not committed."));
        }
        catch (IOException e)
        {
            return Unavailable(e);
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        try
        {
            _database.Rollback();
        }
        catch (Exception e) when (e is IOException or LiteException)
        {
            // A rollback that fails leaves the engine in doubt: it is not used again.
            _storageFailed?.Invoke(e);
        }

        return failure;
    }

    /// <summary>The storage could not take the write: the engine is discarded, not rolled back, and the writers are told to retry.</summary>
    private ExceptionDispatchInfo Unavailable(IOException cause)
    {
        _storageFailed?.Invoke(cause);
        return ExceptionDispatchInfo.Capture(cause as StorageUnavailableException ?? new StorageUnavailableException(cause));
    }

    private interface IQueuedWrite
    {
        /// <summary>True for work that runs outside any transaction (<see cref="RunAloneAsync{T}"/>).</summary>
        bool Alone { get; }

        void Run();

        void RunAlone();

        void Complete();

        void Fail(ExceptionDispatchInfo failure);
    }

    private sealed class QueuedWrite<T>(Func<T> work, bool alone) : IQueuedWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Completion => _completion.Task;

        public bool Alone => alone;

        public void Run() => _result = work();

        public void RunAlone()
        {
            try
            {
                _completion.SetResult(work());
            }
            catch (Exception e)
            {
                _completion.SetException(e);
            }
        }

        public void Complete() => _completion.SetResult(_result!);

        public void Fail(ExceptionDispatchInfo failure) => _completion.SetException(failure.SourceException);
    }
}
