namespace IncidentBot.Storage;

/// <summary>Another process holds the data folder (see <see cref="DataFolderLock"/>); its message is the one line to show.</summary>
public sealed class DataFolderInUseException : IOException
{
    public DataFolderInUseException(string folder, string? owner)
        : base($"The data folder {folder} is in use by {owner ?? "another process"}: one folder serves one bot. Stop that one, or give this one its own IncidentBot:DataFolder.")
    {
        Folder = folder;
        Owner = owner;
    }

    public string Folder { get; }

    /// <summary>How the holder describes itself (<c>process 1234 on host</c>); null when it could not be read.</summary>
    public string? Owner { get; }
}
