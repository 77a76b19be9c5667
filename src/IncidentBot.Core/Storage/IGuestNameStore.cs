namespace IncidentBot.Core.Storage;

/// <summary>
/// The names guests (platform users nobody configured) went by when they acted, by their platform id, so a restart
/// still shows a guest's acknowledgement on the card and in the postmortem under their name.
/// </summary>
public interface IGuestNameStore
{
    /// <summary>Every name kept, by guest id; read once at start.</summary>
    IReadOnlyDictionary<string, string> LoadAll();

    /// <summary>Keeps (or replaces) a guest's name; committed when this returns.</summary>
    Task SaveAsync(string guestId, string name, DateTimeOffset at, CancellationToken cancellationToken = default);
}
