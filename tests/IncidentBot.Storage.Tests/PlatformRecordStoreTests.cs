namespace IncidentBot.Storage.Tests;

public sealed class PlatformRecordStoreTests
{
    [Fact]
    public async Task Save_ThenReopen_EachSetHoldsTheLatestOfItsOwnRecords()
    {
        using var folder = new TempFolder();
        using (var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path }))
        {
            var records = new LitePlatformRecordStore(database);
            await records.SaveAsync("local", "messages", "1", """{"text":"first"}""");
            await records.SaveAsync("local", "messages", "1", """{"text":"first, edited"}""");
            await records.SaveAsync("local", "messages", "2", """{"text":"second"}""");
            await records.SaveAsync("local", "channels", "C-incidents", """{"name":"incidents"}""");
            await records.SaveAsync("other", "messages", "1", """{"text":"elsewhere"}""");
        }

        using var reopened = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var store = new LitePlatformRecordStore(reopened);
        Assert.Equal(
            new Dictionary<string, string> { ["1"] = """{"text":"first, edited"}""", ["2"] = """{"text":"second"}""" },
            store.LoadAll("local", "messages"));
        Assert.Equal(new Dictionary<string, string> { ["C-incidents"] = """{"name":"incidents"}""" }, store.LoadAll("local", "channels"));
        Assert.Empty(store.LoadAll("local", "bookmarks"));
    }

    [Fact]
    public async Task SaveAsync_ManyUnawaitedSavesOfOneRecord_TheLastCalledIsKept()
    {
        using var storage = new TestStorage();
        var records = new LitePlatformRecordStore(storage.Database);

        var saves = Enumerable.Range(1, 200).Select(i => records.SaveAsync("local", "messages", "7", $$"""{"version":{{i}}}""")).ToList();
        await Task.WhenAll(saves);

        storage.Reopen();
        Assert.Equal("""{"version":200}""", new LitePlatformRecordStore(storage.Database).LoadAll("local", "messages")["7"]);
    }
}
