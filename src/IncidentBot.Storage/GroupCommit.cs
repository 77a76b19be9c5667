using System.Runtime.ExceptionServices;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Runs writes in transactions, many writers' work in one commit. A commit costs far more than the writes in
/// it, so a writer queues its work; if no commit is under way it becomes the committer and runs, in one
/// transaction per round, everything queued until the queue is empty, while the other writers wait (without
/// holding a thread, when they wait asynchronously). Every writer learns of its work only after the commit
/// that holds it. Work that throws fails alone: the shared transaction is rolled back and that round is run
/// again one transaction per writer.
/// </summary>
internal sealed class GroupCommit(LiteDatabase database)
{
    /// <summary>The committer's thread while the next round waits for a thread-pool thread.</summary>
    private const int HandedOver = -1;

    private readonly Lock _queueLock = new();
    private List<IQueuedWrite> _queue = [];
    private int _committerThread;

    /// <summary>True on the thread that is running a transaction.</summary>
    public bool IsWriting => Volatile.Read(ref _committerThread) == Environment.CurrentManagedThreadId;

    /// <summary>Runs <paramref name="work"/> in a committed transaction. It must not await: LiteDB binds a transaction to its thread.</summary>
    public Task<T> WriteAsync<T>(Func<T> work)
    {
        if (IsWriting)
        {
            throw new InvalidOperationException("A storage transaction is already open on this thread.");
        }

        var write = new QueuedWrite<T>(work);
        bool commit;
        lock (_queueLock)
        {
            _queue.Add(write);
            commit = _committerThread == 0;
            if (commit)
            {
                _committerThread = Environment.CurrentManagedThreadId;
            }
        }

        if (commit)
        {
            // The round holds this writer's own work; later rounds go to the thread pool, so a writer is never
            // kept committing other writers' work after its own is done.
            CommitRound();
        }

        return write.Completion;
    }

    /// <summary><see cref="WriteAsync{T}"/> for callers that cannot await (Hangfire's storage API is synchronous).</summary>
    public T Write<T>(Func<T> work) => WriteAsync(work).GetAwaiter().GetResult();

    private void CommitRound()
    {
        List<IQueuedWrite> round;
        lock (_queueLock)
        {
            (round, _queue) = (_queue, []);
        }

        if (round.Count == 1 || !TryCommit(round, out _))
        {
            foreach (var write in round)
            {
                TryCommit([write], out var failure);
                if (failure is not null)
                {
                    write.Fail(failure);
                }
            }
        }

        lock (_queueLock)
        {
            if (_queue.Count == 0)
            {
                _committerThread = 0;
                return;
            }

            _committerThread = HandedOver;
        }

        ThreadPool.UnsafeQueueUserWorkItem(_ => TakeOver(), null);
    }

    private void TakeOver()
    {
        Volatile.Write(ref _committerThread, Environment.CurrentManagedThreadId);
        CommitRound();
    }

    /// <summary>Runs <paramref name="writes"/> in one transaction; once it is committed, completes them all.</summary>
    private bool TryCommit(List<IQueuedWrite> writes, out ExceptionDispatchInfo? failure)
    {
        failure = null;
        if (!database.BeginTrans())
        {
            throw new InvalidOperationException("A storage transaction is already open on this thread.");
        }

        try
        {
            writes.ForEach(w => w.Run());
            if (database.Commit())
            {
                writes.ForEach(w => w.Complete());
                return true;
            }

            failure = ExceptionDispatchInfo.Capture(new InvalidOperationException("The storage transaction was not committed."));
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        database.Rollback();
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
