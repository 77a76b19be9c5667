using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage.SQLite;
using IncidentBot.Storage;
using IncidentBot.Storage.Jobs;

namespace IncidentBot.Benchmarks;

/// <summary>A storage the benchmark compares, opened fresh in a folder of its own for each round.</summary>
public sealed record StorageKind(string Name, Func<string, (JobStorage Storage, IDisposable Owner)> Open)
{
    public static IReadOnlyList<StorageKind> All { get; } =
    [
        new("Hangfire.InMemory 1.0", _ =>
        {
            var storage = new InMemoryStorage(new InMemoryStorageOptions());
            return (storage, storage);
        }),
        new("Hangfire.Storage.SQLite 0.4.3 (1 s polling)", folder =>
        {
            var storage = new SQLiteStorage(Path.Combine(folder, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
            return (storage, storage);
        }),
        new("LiteJobStorage (bot's LiteDB file)", folder =>
        {
            var database = new IncidentDatabase(new StorageOptions { DataFolder = folder });
            return (new LiteJobStorage(database, TimeProvider.System), database);
        }),
    ];
}
