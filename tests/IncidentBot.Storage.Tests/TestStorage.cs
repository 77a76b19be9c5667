namespace IncidentBot.Storage.Tests;

/// <summary>A database in a temp folder of its own, with every store over it; the folder goes on dispose.</summary>
internal sealed class TestStorage : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestStorage()
    {
        Database = Open(Folder);
    }

    public string Folder => _folder.Path;

    public IncidentDatabase Database { get; private set; }

    public LiteIncidentStore Incidents => new(Database);

    public LiteChangeStore Changes => new(Database);

    public LiteRollbackStore Rollbacks => new(Database);

    public LiteTranscriptStore Transcript => new(Database);

    public LitePostmortemStore Postmortems => new(Database);

    public static IncidentDatabase Open(string folder) => new(new StorageOptions { DataFolder = folder });

    /// <summary>Closes the database and opens the file again, as a restart does.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Database = Open(Folder);
    }

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }
}
