using IncidentBot.Storage.Jobs.Documents;
using LiteDB;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// The job storage's collections in the bot's database file, all prefixed <c>hf_</c>, with the indexes the
/// stores seek by. Every multi-document change runs in <see cref="Write{T}"/>: the database's one write
/// transaction at a time, shared with the domain stores, so a Hangfire commit is atomic and never deadlocks
/// with an incident save.
/// </summary>
internal sealed class JobCollections
{
    public const string Prefix = "hf_";

    private const string ExpireAt = nameof(JobRecord.ExpireAt);
    private const string Key = nameof(SetItem.Key);

    private readonly IncidentDatabase _database;

    public JobCollections(IncidentDatabase database)
    {
        _database = database;
        var mapper = JobDocumentMapper.Create();
        Jobs = new(database.Collection(Prefix + "job", BsonAutoId.Int64), mapper);
        Queue = new(database.Collection(Prefix + "queue", BsonAutoId.Int64), mapper);
        Sets = new(database.Collection(Prefix + "set", BsonAutoId.Int64), mapper);
        Lists = new(database.Collection(Prefix + "list", BsonAutoId.Int64), mapper);
        Hashes = new(database.Collection(Prefix + "hash", BsonAutoId.Int64), mapper);
        Counters = new(database.Collection(Prefix + "counter", BsonAutoId.Int64), mapper);
        Locks = new(database.Collection(Prefix + "lock", BsonAutoId.Int64), mapper);
        Servers = new(database.Collection(Prefix + "server", BsonAutoId.Int64), mapper);
        EnsureIndexes();
    }

    /// <summary>The expression the job index on the current state's name is built on.</summary>
    public static string StateNameExpression => "$.State.Name";

    public DocumentSet<JobRecord> Jobs { get; }

    public DocumentSet<QueueItem> Queue { get; }

    public DocumentSet<SetItem> Sets { get; }

    public DocumentSet<ListItem> Lists { get; }

    public DocumentSet<HashRecord> Hashes { get; }

    public DocumentSet<CounterRecord> Counters { get; }

    public DocumentSet<LockRecord> Locks { get; }

    public DocumentSet<ServerRecord> Servers { get; }

    /// <summary>Runs <paramref name="work"/> as one database transaction; it must not await.</summary>
    public T Write<T>(Func<T> work) => _database.Write(work);

    public void Write(Action work) => _database.Write(() =>
    {
        work();
        return true;
    });

    /// <summary>Takes the next value of a named counter of the database; only inside <see cref="Write{T}"/>.</summary>
    public long NextValue(string counter) => _database.NextValue(counter);

    private void EnsureIndexes()
    {
        Jobs.Documents.EnsureIndex("StateName", StateNameExpression);
        Jobs.Documents.EnsureIndex(ExpireAt);
        Queue.Documents.EnsureIndex(nameof(QueueItem.Queue));
        Sets.Documents.EnsureIndex(Key);
        Sets.Documents.EnsureIndex(ExpireAt);
        Lists.Documents.EnsureIndex(Key);
        Lists.Documents.EnsureIndex(ExpireAt);
        Hashes.Documents.EnsureIndex(ExpireAt);
        Counters.Documents.EnsureIndex(ExpireAt);
        Locks.Documents.EnsureIndex(ExpireAt);
    }
}
