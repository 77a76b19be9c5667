namespace IncidentBot.Core.Storage;

/// <summary>
/// A write could not be committed because the storage cannot take it now (the disk is full or failing): nothing
/// of it was saved, and the same write may succeed later. Callers answer "try again later" (HTTP 503) rather than
/// fail for good; the storage stays open, reads keep working, and writes succeed again once the cause is gone.
/// </summary>
public sealed class StorageUnavailableException : IOException
{
    public StorageUnavailableException(IOException cause)
        : base($"The data file cannot take writes now ({cause?.Message}); nothing of this write was saved. Try again later.", cause)
    {
    }
}
