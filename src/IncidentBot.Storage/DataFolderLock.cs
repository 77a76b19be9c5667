namespace IncidentBot.Storage;

/// <summary>
/// Makes a data folder one process's. Two processes on one LiteDB file hand out the same incident numbers and
/// corrupt the file for good (LiteDB opens it shared, and its own locks are per process), so whatever opens the
/// database first takes an exclusive lock on <c>incidentbot.lock</c> in the folder and holds it open until it is
/// disposed; the operating system drops it when the process ends, also by SIGKILL, so a crash never leaves the
/// folder locked. The holder describes itself in <c>incidentbot.owner</c>, for the process that is refused.
/// </summary>
/// <remarks>
/// <see cref="FileShare.None"/> is the lock: on Windows a sharing mode, on Linux and macOS .NET takes
/// <c>flock(LOCK_EX | LOCK_NB)</c> with it, an advisory lock that every .NET process opening the file honours
/// (a test proves it across processes). It holds no data, so nothing needs to read it; the description is a file
/// of its own because no other process can open the locked one. The lock file is never deleted: a process that had
/// opened it just before the deletion would lock a file nobody else sees, and two processes would own the folder.
/// </remarks>
public sealed class DataFolderLock : IDisposable
{
    public const string LockFileName = "incidentbot.lock";
    public const string OwnerFileName = "incidentbot.owner";

    // EWOULDBLOCK on Linux and on macOS, ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION on Windows.
    private static readonly int[] HeldElsewhere = [11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021)];

    private readonly FileStream _lock;

    private DataFolderLock(string folder, FileStream held)
    {
        Folder = folder;
        _lock = held;
    }

    /// <summary>The folder, as a full path.</summary>
    public string Folder { get; }

    private string OwnerPath => Path.Combine(Folder, OwnerFileName);

    /// <summary>
    /// Locks <paramref name="folder"/> (created when missing) for this process, or throws
    /// <see cref="DataFolderInUseException"/>, or <see cref="DataFolderUnusableException"/> when it cannot be created or written.
    /// </summary>
    public static DataFolderLock Acquire(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        FileStream held;
        try
        {
            Directory.CreateDirectory(full);
            held = new FileStream(Path.Combine(full, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (HeldElsewhere.Contains(e.HResult))
        {
            throw new DataFolderInUseException(full, ReadOwner(full));
        }
        catch (IOException e)
        {
            throw new DataFolderUnusableException(full, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DataFolderUnusableException(full, e);
        }

        var folderLock = new DataFolderLock(full, held);
        folderLock.DescribeOwner();
        return folderLock;
    }

    /// <summary>Releases the folder (the description goes first, while the lock still guards it).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(OwnerPath);
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// Written whole and then renamed, so a refused process never reads half a description. Only a courtesy: on a full
    /// disk it is left out (a refused process then names "another process"), and the database says why it cannot start.
    /// </summary>
    private void DescribeOwner()
    {
        var draft = OwnerPath + ".tmp";
        try
        {
            File.WriteAllText(draft, $"process {Environment.ProcessId} on {Environment.MachineName}");
            File.Move(draft, OwnerPath, overwrite: true);
        }
        catch (IOException)
        {
            File.Delete(draft);
            File.Delete(OwnerPath);
        }
    }

    private static string? ReadOwner(string folder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, OwnerFileName)).Trim() is { Length: > 0 } owner ? owner : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
