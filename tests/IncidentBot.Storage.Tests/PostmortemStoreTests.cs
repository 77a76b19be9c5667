using IncidentBot.Core.Postmortems;
using LiteDB;

namespace IncidentBot.Storage.Tests;

/// <summary>Every drafted revision is kept and read back by number, also from a data file written before revisions were.</summary>
public sealed class PostmortemStoreTests
{
    [Fact]
    public async Task GetAsync_AfterTwoDrafts_ReturnsNewest()
    {
        using TestStorage storage = new();
        await storage.Postmortems.SaveAsync(Draft(1, 1, "# INC-1\n\nfirst\n"));
        await storage.Postmortems.SaveAsync(Draft(1, 2, "# INC-1\n\nsecond\n"));

        PostmortemDraft? draft = await storage.Postmortems.GetAsync(1);

        Assert.Equal(2, draft!.Revision);
        Assert.Equal("# INC-1\n\nsecond\n", draft.Markdown);
        Assert.Equal(Times.At(2), draft.DraftedAt);
    }

    [Fact]
    public async Task GetAsync_NoDraft_ReturnsNull()
    {
        using TestStorage storage = new();

        Assert.Null(await storage.Postmortems.GetAsync(1));
    }

    [Fact]
    public async Task GetRevisionAsync_AfterNewerDrafts_ReadsEachRevisionAsDraftedAcrossAReopen()
    {
        using TestStorage storage = new();
        await storage.Postmortems.SaveAsync(Draft(1, 1, "# INC-1\n\nfirst\n"));
        await storage.Postmortems.SaveAsync(Draft(1, 2, "# INC-1\n\nsecond\n"));
        await storage.Postmortems.SaveAsync(Draft(2, 1, "# INC-2\n"));
        storage.Reopen();

        PostmortemDraft? first = await storage.Postmortems.GetRevisionAsync(1, 1);
        PostmortemDraft? second = await storage.Postmortems.GetRevisionAsync(1, 2);

        Assert.Equal((1, 1, "# INC-1\n\nfirst\n", Times.At(1)), (first!.IncidentNumber, first.Revision, first.Markdown, first.DraftedAt));
        Assert.Equal((1, 2, "# INC-1\n\nsecond\n"), (second!.IncidentNumber, second.Revision, second.Markdown));
        Assert.Null(await storage.Postmortems.GetRevisionAsync(1, 3));
        Assert.Null(await storage.Postmortems.GetRevisionAsync(3, 1));
        Assert.Equal([1, 2], await storage.Postmortems.ListRevisionsAsync(1));
        Assert.Equal([1], await storage.Postmortems.ListRevisionsAsync(2));
        Assert.Empty(await storage.Postmortems.ListRevisionsAsync(3));
    }

    [Fact]
    public async Task SaveAsync_SameRevisionAgain_ReplacesOnlyThatRevision()
    {
        using TestStorage storage = new();
        await storage.Postmortems.SaveAsync(Draft(1, 1, "# first"));
        PostmortemDraft second = Draft(1, 2, "# second");
        await storage.Postmortems.SaveAsync(second);
        second.Delivered = true;

        await storage.Postmortems.SaveAsync(second);

        Assert.True((await storage.Postmortems.GetRevisionAsync(1, 2))!.Delivered);
        Assert.True((await storage.Postmortems.GetAsync(1))!.Delivered);
        Assert.Equal("# first", (await storage.Postmortems.GetRevisionAsync(1, 1))!.Markdown);
        Assert.Equal([1, 2], await storage.Postmortems.ListRevisionsAsync(1));
    }

    [Fact]
    public async Task Open_FileFromBeforeRevisions_ReadsItsOneDraftAsItsRevisionAndKeepsItPastTheNext()
    {
        using TempFolder folder = new();
        Directory.CreateDirectory(folder.Path);
        string path = new StorageOptions { DataFolder = folder.Path }.DatabasePath;
        using (LiteDatabase before = new(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            before.GetCollection("postmortems").Insert(new BsonDocument
            {
                ["_id"] = 7, ["Revision"] = 3, ["DraftedAt"] = Times.At(3).UtcDateTime, ["Markdown"] = "# INC-7\n\nold draft\n", ["Delivered"] = true,
            });
        }

        using IncidentDatabase database = TestStorage.Open(folder.Path);
        LitePostmortemStore store = new(database);
        PostmortemDraft? old = await store.GetRevisionAsync(7, 3);
        await store.SaveAsync(Draft(7, 4, "# INC-7\n\nnew draft\n"));

        Assert.Equal((3, "# INC-7\n\nold draft\n", true), (old!.Revision, old.Markdown, old.Delivered));
        Assert.Equal("# INC-7\n\nold draft\n", (await store.GetRevisionAsync(7, 3))!.Markdown);
        Assert.Equal("# INC-7\n\nnew draft\n", (await store.GetAsync(7))!.Markdown);
        Assert.Equal([3, 4], await store.ListRevisionsAsync(7));
    }

    internal static PostmortemDraft Draft(int incident, int revision, string markdown) =>
        new() { IncidentNumber = incident, Revision = revision, DraftedAt = Times.At(revision), Markdown = markdown };
}
