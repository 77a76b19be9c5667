using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Rollbacks;
using System.Runtime.CompilerServices;
using IncidentBot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentBot.Storage;

/// <summary>
/// The bot's data file and the one <see cref="LiteDatabase"/> open on it, shared by every store. It has its
/// own <see cref="BsonMapper"/> (never the global one), creates the indexes the stores query by, and runs
/// every write as a transaction, concurrent writers sharing commits (<see cref="GroupCommit"/>). The folder is
/// this process's while the database is open (<see cref="DataFolderLock"/>).
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
public sealed partial class IncidentDatabase : IDisposable
{
    /// <summary>The normalized service of a change: services match case-insensitively.</summary>
    internal const string ChangeServiceKey = "LOWER($.Service)";

    internal const string TimelineIncidentField = "incident";

    /// <summary>The incident number of a postmortem revision document.</summary>
    internal const string PostmortemIncidentField = "incident";

    private const string CountersCollection = "counters";
    private const string CounterValue = "value";

    private const string OpenedCounter = "opened";

    private readonly DataFolderLock _folderLock;
    private readonly StorageOptions _options;
    private readonly ILogger _logger;
    private readonly RecoverableEngine _engine;
    private readonly LiteDatabase _database;
    private readonly GroupCommit _commits;
    private long _lastOutboxId;
    private readonly bool _open;

    /// <summary>Opens the database, or throws <see cref="DataFolderInUseException"/> or (no space to write) <see cref="StorageUnavailableException"/>.</summary>
    public IncidentDatabase(StorageOptions options, ILogger<IncidentDatabase>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataFolder);
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _folderLock = DataFolderLock.Acquire(options.DataFolder);
        Mapper = StorageMapper.Create();
        var ready = false;
        try
        {
            _engine = OpenEngine(options);
            _database = new LiteDatabase(_engine, Mapper);
            _commits = new GroupCommit(_database, StorageFailed);
            if (!_database.UtcDate)
            {
                _database.UtcDate = true;
            }

            Incidents = _database.GetCollection<IncidentState>("incidents");
            IncidentDocuments = _database.GetCollection("incidents");
            TimelineEntries = _database.GetCollection("timeline", BsonAutoId.Int64);
            Changes = _database.GetCollection<ChangeEvent>("changes");
            Rollbacks = _database.GetCollection<Rollback>("rollbacks");
            Transcript = _database.GetCollection<TranscriptMessage>("transcript");
            TranscriptDocuments = _database.GetCollection("transcript");
            Postmortems = _database.GetCollection<PostmortemDraft>("postmortems");
            PostmortemRevisions = _database.GetCollection("postmortem_revisions");
            Outbox = _database.GetCollection<OutboxItem>("outbox");
            Inbox = _database.GetCollection("inbox");
            EnsureIndexes();
            _lastOutboxId = Outbox.FindOne(Query.All(Query.Descending))?.Id ?? 0;
            new TimelineMigration(this).MoveEmbeddedTimelines();
            // A start proves the file takes writes, so a full disk stops the start instead of every write after it.
            Write(() => NextValue(OpenedCounter));
            ready = true;
            _open = true;
        }
        catch (IOException e) when (e is not StorageUnavailableException)
        {
            throw new StorageUnavailableException(e);
        }
        finally
        {
            if (!ready)
            {
                _commits?.Dispose();
                _database?.Dispose();
                _engine?.Dispose();
                _folderLock.Dispose();
            }
        }
    }

    internal BsonMapper Mapper { get; }

    internal ILiteCollection<IncidentState> Incidents { get; }

    /// <summary>Incident documents as last committed.</summary>
    internal IncidentCache CachedIncidents { get; } = new();

    /// <summary>Each loaded or saved incident's document as it is stored, to tell whether a save changes it.</summary>
    internal ConditionalWeakTable<IncidentState, BsonDocument> StoredIncidents { get; } = new();

    /// <summary>Incidents as documents, for migrations that see fields the typed view does not.</summary>
    internal ILiteCollection<BsonDocument> IncidentDocuments { get; }

    /// <summary>Timeline entries, one document each, with the incident's number in <see cref="TimelineIncidentField"/>.</summary>
    internal ILiteCollection<BsonDocument> TimelineEntries { get; }

    internal ILiteCollection<ChangeEvent> Changes { get; }

    internal ILiteCollection<Rollback> Rollbacks { get; }

    internal ILiteCollection<TranscriptMessage> Transcript { get; }

    /// <summary>The transcript as documents, for the storage-only fields the typed view does not see.</summary>
    internal ILiteCollection<BsonDocument> TranscriptDocuments { get; }

    /// <summary>The newest postmortem draft of each incident, keyed by incident number.</summary>
    internal ILiteCollection<PostmortemDraft> Postmortems { get; }

    /// <summary>Every postmortem revision, with the incident's number in <see cref="PostmortemIncidentField"/>.</summary>
    internal ILiteCollection<BsonDocument> PostmortemRevisions { get; }

    internal ILiteCollection<OutboxItem> Outbox { get; }

    /// <summary>Keys of deliveries already taken in (<c>_id</c>) with when (<c>at</c>).</summary>
    internal ILiteCollection<BsonDocument> Inbox { get; }

    /// <summary>
    /// A collection of plain documents in the same file, for a store that maps its own documents with its own
    /// mapper (the Hangfire job storage keeps its <c>hf_*</c> collections this way). Multi-document writes to it
    /// go through <see cref="WriteAsync{T}(Func{T})"/> like everyone else's, so they never interleave with the domain's.
    /// </summary>
    internal ILiteCollection<BsonDocument> Collection(string name, BsonAutoId autoId) => _database.GetCollection(name, autoId);

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction: either all of it is saved or none, and it is committed
    /// when this returns. Concurrent writes share commits (<see cref="GroupCommit"/>), so every write goes
    /// through here. LiteDB binds a transaction to its thread, so <paramref name="work"/> must not await.
    /// </summary>
    internal Task<T> WriteAsync<T>(Func<T> work) => _commits.WriteAsync(work);

    /// <summary>
    /// <see cref="WriteAsync{T}(Func{T})"/>, running <paramref name="whileQueuing"/> (briefly, under the queue's
    /// lock) as it is queued: writes commit in queue order, so numbers handed out there increase in commit order.
    /// </summary>
    internal Task<T> WriteAsync<T>(Func<T> work, Action whileQueuing) => _commits.WriteAsync(work, whileQueuing);

    /// <summary>Runs <paramref name="action"/> once the write that is running is committed; never if it is not.</summary>
    internal void AfterCommit(Action action) => _commits.AfterCommit(action);

    /// <summary><see cref="WriteAsync{T}(Func{T})"/>, waited for: for callers that cannot await.</summary>
    internal T Write<T>(Func<T> work) => _commits.Write(work);

    /// <summary>
    /// The id of the next outbox item. Only while its write is queued (<see cref="WriteAsync{T}(Func{T}, Action)"/>):
    /// so ids increase in commit order, and the caller knows the id before the item is stored.
    /// </summary>
    internal long NextOutboxId() => _commits.IsQueuing
        ? ++_lastOutboxId
        : throw new InvalidOperationException("Outbox ids are handed out only while the item's write is queued.");

    /// <summary>Takes the next value (1, 2, 3 …) of a named counter. Only inside a write.</summary>
    internal long NextValue(string counter)
    {
        if (!_commits.IsWriting)
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

    /// <summary>
    /// Writes a copy of the database to <paramref name="file"/>, which must not exist. It is taken on the commit thread
    /// between two writes: the log is checkpointed into the data file, which is then copied, so the copy holds every
    /// commit made before it and nothing half-done, and opens on its own as a data folder's <c>incidentbot.db</c>.
    /// Writes wait while it is copied.
    /// </summary>
    public Task BackupAsync(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return _commits.RunAloneAsync(() =>
        {
            _database.Checkpoint();
            using var source = new FileStream(_options.DatabasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var copy = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            try
            {
                source.CopyTo(copy);
                copy.Flush(flushToDisk: true);
                copy.Dispose();
            }
            catch (IOException)
            {
                // Half a copy is no backup: it goes (the file is this call's own, created above).
                copy.Dispose();
                File.Delete(file);
                throw;
            }

            return file;
        });
    }

    public void Dispose()
    {
        _commits.Dispose();
        _database.Dispose();
        _folderLock.Dispose();
    }

    private RecoverableEngine OpenEngine(StorageOptions options) =>
        new(() => Storage.OpenEngine.Open(options), e => LogCheckpointFailed(_logger, e));

    /// <summary>On the commit thread, after a write failed for the storage: the engine's memory is in doubt, so it goes.</summary>
    private void StorageFailed(Exception cause)
    {
        // While opening, the constructor's exception says it (in one line, at start).
        if (_open)
        {
            LogWriteFailed(_logger, cause.InnerException?.Message ?? cause.Message);
        }

        _engine.Discard();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A write could not be committed ({Reason}); nothing of it was saved and its callers were told to retry. The database is reopened from its files; writes succeed again once the disk takes them")]
    private static partial void LogWriteFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A checkpoint could not copy the log into the data file; the commits stay in the log and the next checkpoint tries again")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);

    private void EnsureIndexes()
    {
        Incidents.EnsureIndex(s => s.ChannelId);
        Incidents.EnsureIndex(s => s.Status);
        TimelineEntries.EnsureIndex(TimelineIncidentField);
        Incidents.EnsureIndex(nameof(IncidentState.GroupKeys), $"$.{nameof(IncidentState.GroupKeys)}[*]");
        Changes.EnsureIndex(nameof(ChangeEvent.Service), ChangeServiceKey);
        Changes.EnsureIndex(c => c.At);
        Rollbacks.EnsureIndex(r => r.Status);
        Rollbacks.EnsureIndex(r => r.IncidentNumber);
        Transcript.EnsureIndex(m => m.IncidentNumber);
        PostmortemRevisions.EnsureIndex(PostmortemIncidentField);
        // Files from before the filtered outbox indexes have whole-collection ones on Status and Result.
        Outbox.DropIndex(nameof(OutboxItem.Status));
        Outbox.DropIndex(nameof(OutboxItem.Result));
        Outbox.EnsureIndex(LiteOutboxStore.PendingIndex, LiteOutboxStore.PendingKey);
        Outbox.EnsureIndex(LiteOutboxStore.DeliveredIndex, LiteOutboxStore.DeliveredKey);
    }
}
