using IncidentBot.Core.Storage;
using LiteDB;
using LiteDB.Engine;

namespace IncidentBot.Storage;

/// <summary>
/// The LiteDB engine under the database, opened again from its files after a write failed half-way.
/// </summary>
/// <remarks>
/// <para>In LiteDB 5.0.21 an I/O error in a commit (no space left on device) leaves the engine's memory unlike its
/// files: the pages written so far are in its cache as readable, its log length has moved past them, and rolling
/// back trips its own checks (<c>discarded page must be writable</c>). Its files are fine: only a commit's last page
/// confirms it, so what did not reach the log is ignored on opening, and LiteDB crops a half-written page. So after
/// such a failure the commit thread calls <see cref="Discard"/>: the engine is closed once the reads under way are done,
/// and the next use opens a fresh one, which may fail again while the disk is still full
/// (<see cref="StorageUnavailableException"/>) and works again once it is not.</para>
/// <para>Checkpoints are this class's, not LiteDB's (the file's <c>CHECKPOINT</c> pragma is 0): LiteDB checkpoints inside
/// <c>Commit</c>, after the commit is confirmed, so a checkpoint that found no space made a committed write look
/// failed. Here it runs after the commit returned, and when it fails the commits simply stay in the log.</para>
/// </remarks>
internal sealed class RecoverableEngine : ILiteEngine
{
    /// <summary>LiteDB's own default: a checkpoint once the log holds 1,000 pages.</summary>
    private const long CheckpointAfterLogBytes = 1000 * 8192;

    private readonly Func<OpenEngine> _open;
    private readonly Action<IOException> _checkpointFailed;
    private readonly object _gate = new();
    private OpenEngine? _current;
    private int _users;
    private bool _closing;

    public RecoverableEngine(Func<OpenEngine> open, Action<IOException> checkpointFailed)
    {
        _open = open;
        _checkpointFailed = checkpointFailed;
        _current = open();
        try
        {
            if (_current.Engine.Pragma(Pragmas.CHECKPOINT) != 0)
            {
                _current.Engine.Pragma(Pragmas.CHECKPOINT, 0);
            }
        }
        catch
        {
            _current.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Closes the engine after a write failed on it (its memory no longer matches its files), once no read is using
    /// it; the next use opens the files again. Only the commit thread calls this, outside any of its transactions.
    /// </summary>
    public void Discard()
    {
        lock (_gate)
        {
            _closing = true;
            try
            {
                while (_users > 0)
                {
                    Monitor.Wait(_gate);
                }

                _current?.DisposeBroken();
                _current = null;
            }
            finally
            {
                _closing = false;
                Monitor.PulseAll(_gate);
            }
        }
    }

    public int Checkpoint() => Use(e => e.Engine.Checkpoint());

    public long Rebuild(RebuildOptions options) => Use(e => e.Engine.Rebuild(options));

    public bool BeginTrans() => Use(e => e.Engine.BeginTrans());

    public bool Commit() => Use(e =>
    {
        var committed = e.Engine.Commit();
        if (committed && e.LogLength > CheckpointAfterLogBytes)
        {
            CheckpointQuietly(e);
        }

        return committed;
    });

    public bool Rollback() => Use(e => e.Engine.Rollback());

    public IBsonDataReader Query(string collection, Query query)
    {
        var engine = Enter();
        try
        {
            return new LeasedReader(engine.Engine.Query(collection, query), Exit);
        }
        catch
        {
            Exit();
            throw;
        }
    }

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Use(e => e.Engine.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Use(e => e.Engine.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Use(e => e.Engine.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Use(e => e.Engine.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Use(e => e.Engine.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Use(e => e.Engine.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Use(e => e.Engine.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Use(e => e.Engine.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Use(e => e.Engine.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Use(e => e.Engine.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Use(e => e.Engine.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Use(e => e.Engine.Pragma(name, value));

    /// <summary>Checkpoints (so the data file is whole and the log empty) and closes the files.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_current is { } engine)
            {
                CheckpointQuietly(engine);
                engine.Dispose();
                _current = null;
            }
        }
    }

    private T Use<T>(Func<OpenEngine, T> operation)
    {
        var engine = Enter();
        try
        {
            return operation(engine);
        }
        finally
        {
            Exit();
        }
    }

    private OpenEngine Enter()
    {
        lock (_gate)
        {
            while (_closing)
            {
                Monitor.Wait(_gate);
            }

            if (_current is null)
            {
                try
                {
                    _current = _open();
                }
                catch (IOException e) when (e is not StorageUnavailableException)
                {
                    throw new StorageUnavailableException(e);
                }
            }

            _users++;
            return _current;
        }
    }

    private void Exit()
    {
        lock (_gate)
        {
            if (--_users == 0 && _closing)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void CheckpointQuietly(OpenEngine engine)
    {
        try
        {
            engine.Engine.Checkpoint();
        }
        catch (IOException e)
        {
            // A checkpoint that fails leaves the log and the engine as they were: the commits stay in the log.
            _checkpointFailed(e);
        }
    }
}
