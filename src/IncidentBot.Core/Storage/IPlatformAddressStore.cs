namespace IncidentBot.Core.Storage;

/// <summary>
/// What a platform must remember to speak first, kept with the incidents so a restart loses none of it: on Teams,
/// each conversation's reference (the regional service address it came from, its tenant) and each person's 1:1
/// conversation. The core never reads it; each adapter keeps its own addresses under its platform's name, as JSON.
/// </summary>
public interface IPlatformAddressStore
{
    /// <summary>The address saved under <paramref name="key"/> for <paramref name="platform"/>; null when there is none.</summary>
    Task<string?> FindAsync(string platform, string key, CancellationToken cancellationToken = default);

    /// <summary>Saves (or replaces) an address; committed when this returns.</summary>
    Task SaveAsync(string platform, string key, string json, DateTimeOffset at, CancellationToken cancellationToken = default);
}
