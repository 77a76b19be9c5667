namespace IncidentBot.Core.Storage;

/// <summary>
/// Records a platform keeps of its own, with the incidents, so a restart loses none of them: the local workspace's
/// channels and messages. The core never reads them; each platform keeps its records under its name, in sets
/// (<c>channels</c>, <c>messages</c>), by key, as JSON it reads back itself.
/// </summary>
public interface IPlatformRecordStore
{
    /// <summary>Every record of a set, by key, as last saved; read once at start.</summary>
    IReadOnlyDictionary<string, string> LoadAll(string platform, string set);

    /// <summary>
    /// Saves (or replaces) a record; committed when the task completes. Saves are committed in the order they were
    /// called (the call queues the save before it returns), so a caller that saves under its own lock never has an
    /// older version of a record committed over a newer one.
    /// </summary>
    Task SaveAsync(string platform, string set, string key, string json, CancellationToken cancellationToken = default);
}
