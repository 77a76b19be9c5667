using IncidentBot.Core.Postmortems;
using LiteDB;

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
    public async Task Mapper_GlobalMapperChanged_StorageIsNotAffected()
    {
        using TestStorage storage = new();
        // The storage never reads the global mapper, so this change leaks into no other test.
        BsonMapper.Global.Entity<PostmortemDraft>().Ignore(d => d.Markdown);

        await storage.Postmortems.SaveAsync(PostmortemStoreTests.Draft(1, 1, "# INC-1"));

        Assert.NotSame(BsonMapper.Global, storage.Database.Mapper);
        Assert.Equal("# INC-1", (await storage.Postmortems.GetAsync(1))!.Markdown);
    }
}
