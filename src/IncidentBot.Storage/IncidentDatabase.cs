using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Rollbacks;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// The bot's data file and the one <see cref="LiteDatabase"/> open on it, shared by every store. It has its
/// own <see cref="BsonMapper"/> (never the global one), creates the indexes the stores query by, and runs
/// multi-step writes (take the next id, then insert) as one transaction, one at a time.
/// </summary>
/// <remarks>
/// Durability: the file is opened with <c>Connection=Direct</c>. In LiteDB 5.0.21 a commit writes its pages
/// to the log file (<c>incidentbot-log.db</c>) on the committing thread before it returns (the background
/// writer queue is gone since https://github.com/litedb-org/LiteDB/pull/2515, and the file's buffer is one
/// page, so each page reaches the operating system at once). Opening the file replays committed transactions
/// from the log; checkpoints (every 1000 log pages, and on dispose) copy them into the data file. So a save
/// survives the process being killed right after it returns (see the durability test). The log is not
/// fsynced on commit (https://github.com/litedb-org/LiteDB/issues/2818): a power loss or kernel crash may
/// still drop the newest commits.
/// </remarks>
public sealed class IncidentDatabase : IDisposable
{
    /// <summary>The normalized service of a change: services match case-insensitively.</summary>
    internal const string ChangeServiceKey = "LOWER($.Service)";

    private const string CountersCollection = "counters";
    private const string CounterValue = "value";

    private readonly LiteDatabase _database;
    private readonly Lock _writeGate = new();

    public IncidentDatabase(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataFolder);
        Directory.CreateDirectory(options.DataFolder);
        Mapper = StorageMapper.Create();
        _database = new LiteDatabase(new ConnectionString { Filename = options.DatabasePath, Connection = ConnectionType.Direct }, Mapper);
        var ready = false;
        try
        {
            if (!_database.UtcDate)
            {
                _database.UtcDate = true;
            }

            Incidents = _database.GetCollection<IncidentState>("incidents");
            Changes = _database.GetCollection<ChangeEvent>("changes");
            Rollbacks = _database.GetCollection<Rollback>("rollbacks");
            Transcript = _database.GetCollection<TranscriptMessage>("transcript");
            TranscriptDocuments = _database.GetCollection("transcript");
            Postmortems = _database.GetCollection<PostmortemDraft>("postmortems");
            Outbox = _database.GetCollection<OutboxItem>("outbox");
            Inbox = _database.GetCollection("inbox");
            EnsureIndexes();
            ready = true;
        }
        finally
        {
            if (!ready)
            {
                _database.Dispose();
            }
        }
    }

    internal BsonMapper Mapper { get; }

    internal ILiteCollection<IncidentState> Incidents { get; }

    internal ILiteCollection<ChangeEvent> Changes { get; }

    internal ILiteCollection<Rollback> Rollbacks { get; }

    internal ILiteCollection<TranscriptMessage> Transcript { get; }

    /// <summary>The transcript as documents, for the storage-only fields the typed view does not see.</summary>
    internal ILiteCollection<BsonDocument> TranscriptDocuments { get; }

    internal ILiteCollection<PostmortemDraft> Postmortems { get; }

    internal ILiteCollection<OutboxItem> Outbox { get; }

    /// <summary>Keys of deliveries already taken in (<c>_id</c>) with when (<c>at</c>).</summary>
    internal ILiteCollection<BsonDocument> Inbox { get; }

    /// <summary>
    /// A collection of plain documents in the same file, for a store that maps its own documents with its own
    /// mapper (the Hangfire job storage keeps its <c>hf_*</c> collections this way). Multi-document writes to it
    /// go through <see cref="Write{T}"/> like everyone else's, so they never interleave with the domain's.
    /// </summary>
    internal ILiteCollection<BsonDocument> Collection(string name, BsonAutoId autoId) => _database.GetCollection(name, autoId);

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction, one such write at a time: either all of it is saved or
    /// none. Single-document writes need none of this; LiteDB locks per collection. LiteDB binds a transaction
    /// to its thread, so <paramref name="work"/> must not await.
    /// </summary>
    internal T Write<T>(Func<T> work)
    {
        lock (_writeGate)
        {
            if (!_database.BeginTrans())
            {
                throw new InvalidOperationException("A storage transaction is already open on this thread.");
            }

            var committed = false;
            try
            {
                var result = work();
                committed = _database.Commit();
                return result;
            }
            finally
            {
                if (!committed)
                {
                    _database.Rollback();
                }
            }
        }
    }

    /// <summary>Takes the next value (1, 2, 3 …) of a named counter. Only inside <see cref="Write{T}"/>.</summary>
    internal long NextValue(string counter)
    {
        if (!_writeGate.IsHeldByCurrentThread)
        {
            throw new InvalidOperationException("Counters are only taken inside a storage transaction.");
        }

        var counters = _database.GetCollection(CountersCollection);
        var current = counters.FindById(counter) ?? new BsonDocument { ["_id"] = counter, [CounterValue] = 0L };
        var next = current[CounterValue].AsInt64 + 1;
        current[CounterValue] = next;
        counters.Upsert(current);
        return next;
    }

    public void Dispose() => _database.Dispose();

    private void EnsureIndexes()
    {
        Incidents.EnsureIndex(s => s.ChannelId);
        Incidents.EnsureIndex(s => s.Status);
        Incidents.EnsureIndex(nameof(IncidentState.GroupKeys), $"$.{nameof(IncidentState.GroupKeys)}[*]");
        Changes.EnsureIndex(nameof(ChangeEvent.Service), ChangeServiceKey);
        Changes.EnsureIndex(c => c.At);
        Rollbacks.EnsureIndex(r => r.Status);
        Rollbacks.EnsureIndex(r => r.IncidentNumber);
        Transcript.EnsureIndex(m => m.IncidentNumber);
        Outbox.EnsureIndex(o => o.Status);
        Outbox.EnsureIndex(o => o.Result);
    }
}
