namespace IncidentBot.Storage;

/// <summary>
/// How the backup command asks the bot that holds a data folder for a copy of its database: through a folder inside
/// the data folder, which both can reach and nobody else should (no port, no token). The command drops
/// <c>&lt;id&gt;.request</c>; the bot answers with <c>&lt;id&gt;.db</c> (written as <c>&lt;id&gt;.db.partial</c> and
/// renamed once whole) or <c>&lt;id&gt;.error</c>, and removes the request.
/// </summary>
internal sealed class BackupExchange(string dataFolder)
{
    public const string FolderName = "backup-requests";

    private const string RequestExtension = ".request";

    public string Folder { get; } = Path.Combine(Path.GetFullPath(dataFolder), FolderName);

    public string Request(string id) => Path.Combine(Folder, id + RequestExtension);

    public string Copy(string id) => Path.Combine(Folder, id + ".db");

    public string PartialCopy(string id) => Copy(id) + ".partial";

    public string Error(string id) => Path.Combine(Folder, id + ".error");

    /// <summary>The ids of the requests waiting for an answer.</summary>
    public IReadOnlyList<string> Pending() => Directory.Exists(Folder)
        ? Directory.EnumerateFiles(Folder, "*" + RequestExtension).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList()
        : [];
}
