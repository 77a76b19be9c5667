namespace IncidentBot.Storage;

/// <summary>
/// Where the bot keeps its data. Everything lives in one LiteDB file, <c>incidentbot.db</c>, in
/// <see cref="DataFolder"/> (LiteDB puts its commit log, <c>incidentbot-log.db</c>, beside it), so backing up
/// or moving the bot is copying one folder.
/// </summary>
public sealed class StorageOptions
{
    public const string FileName = "incidentbot.db";

    /// <summary>The folder of the data file; created when missing.</summary>
    public required string DataFolder { get; init; }

    public string DatabasePath => Path.Combine(DataFolder, FileName);
}
