namespace IncidentBot.Storage;

/// <summary>
/// Where the bot keeps its data. Everything lives in one LiteDB file, <c>incidentbot.db</c>, in
/// <see cref="DataFolder"/> (LiteDB puts its commit log, <c>incidentbot-log.db</c>, beside it), so backing up
/// or moving the bot is copying one folder.
/// </summary>
public sealed class StorageOptions
{
    public const string FileName = "incidentbot.db";

    /// <summary>LiteDB's commit log, beside the data file.</summary>
    public const string LogFileName = "incidentbot-log.db";

    /// <summary>The folder of the data file; created when missing.</summary>
    public required string DataFolder { get; init; }

    public string DatabasePath => Path.Combine(DataFolder, FileName);

    public string LogPath => Path.Combine(DataFolder, LogFileName);

    /// <summary>
    /// A seam for tests: when set, the data file and the log are opened here and LiteDB reads and writes them
    /// through the stream this returns for each (a test fills the disk by making writes throw). Null in production:
    /// LiteDB opens the files itself.
    /// </summary>
    public Func<Stream, Stream>? WrapFile { get; init; }
}
