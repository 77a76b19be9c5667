namespace IncidentBot.Storage;

/// <summary>
/// The data folder cannot be created or written (a file of that name, a folder of another user, a read-only disk);
/// its message is the one line to show, naming the key and the fix.
/// </summary>
public sealed class DataFolderUnusableException : IOException
{
    public DataFolderUnusableException(string folder, Exception reason)
        : base($"IncidentBot:DataFolder {folder} cannot be used ({reason?.Message.TrimEnd('.')}). Point IncidentBot:DataFolder at a folder this user may create and write, e.g. --IncidentBot:DataFolder ./data.", reason)
    {
        Folder = folder;
    }

    public string Folder { get; }
}
