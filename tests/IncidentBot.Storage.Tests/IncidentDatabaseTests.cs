using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Storage.Tests;

public sealed class IncidentDatabaseTests
{
    [Fact]
    public void Constructor_MissingFolder_CreatesDataFileInIt()
    {
        using TempFolder temp = new();
        string folder = Path.Combine(temp.Path, "data", "bot");

        using (TestStorage.Open(folder))
        {
            Assert.True(File.Exists(Path.Combine(folder, "incidentbot.db")));
        }
    }

    [Fact]
    public async Task Constructor_FolderAlreadyOpen_RefusesNamingFolderAndHolderUntilTheFirstCloses()
    {
        using TempFolder folder = new();
        using (IncidentDatabase first = TestStorage.Open(folder.Path))
        {
            DataFolderInUseException refused = Assert.Throws<DataFolderInUseException>(() => TestStorage.Open(folder.Path));

            Assert.Equal(Path.GetFullPath(folder.Path), refused.Folder);
            Assert.StartsWith($"process {Environment.ProcessId} on ", refused.Owner, StringComparison.Ordinal);
            Assert.Contains(refused.Folder, refused.Message, StringComparison.Ordinal);
            await new LiteIncidentStore(first).AddAsync(IncidentStoreTests.Declared("Checkout errors"));
        }

        using IncidentDatabase reopened = TestStorage.Open(folder.Path);
        Assert.Equal("Checkout errors", (await new LiteIncidentStore(reopened).GetAsync(1))!.State.Title);
    }

    [Fact]
    public async Task Mapper_GlobalMapperChanged_StorageIsNotAffected()
    {
        using TestStorage storage = new();
        // The storage never reads the global mapper, so this change leaks into no other test.
        BsonMapper.Global.Entity<PostmortemDraft>().Ignore(d => d.Markdown);

        await storage.Postmortems.SaveAsync(PostmortemStoreTests.Draft(1, 1, "# INC-1"));

        Assert.NotSame(BsonMapper.Global, storage.Database.Mapper);
        Assert.Equal("# INC-1", (await storage.Postmortems.GetAsync(1))!.Markdown);
    }

    [Fact]
    public async Task AddIncidentStorage_ProviderDisposed_StoresShareOneDatabaseThatIsClosed()
    {
        using TempFolder folder = new();
        ServiceProvider provider = new ServiceCollection().AddIncidentStorage(folder.Path).BuildServiceProvider();

        await provider.GetRequiredService<IIncidentStore>().AddAsync(IncidentStoreTests.Declared("Checkout errors"));
        Assert.Equal(1, (await provider.GetRequiredService<IIncidentStore>().GetAsync(1))!.Number);
        Assert.Same(provider.GetRequiredService<IncidentDatabase>(), provider.GetRequiredService<IncidentDatabase>());
        Assert.NotNull(provider.GetRequiredService<IChangeStore>());
        Assert.NotNull(provider.GetRequiredService<IRollbackStore>());
        Assert.NotNull(provider.GetRequiredService<ITranscriptStore>());
        Assert.NotNull(provider.GetRequiredService<IPostmortemStore>());
        string log = Path.Combine(folder.Path, "incidentbot-log.db");
        Assert.True(File.Exists(log));

        await provider.DisposeAsync();

        // Closing checkpoints the log into the data file and removes it.
        Assert.False(File.Exists(log));
    }
}
