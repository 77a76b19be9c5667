using IncidentBot.Core.Outbox;
using LiteDB;

namespace IncidentBot.Storage.Tests;

public sealed class OutboxAndInboxStoreTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListPending_ItemsOfOneLane_ComeOldestFirstAndDeliveredOnesDrop()
    {
        using var folder = new TempFolder();
        using var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var outbox = new LiteOutboxStore(database);
        var first = Item("C1", "post");
        var other = Item("C2", "post");
        var second = Item("C1", "update");
        foreach (var item in new[] { first, other, second })
        {
            await outbox.AddAsync(item);
        }

        first.Status = OutboxStatus.Delivered;
        await outbox.SaveAsync(first);

        var pending = await outbox.ListPendingAsync("slack", "C1");
        Assert.Equal([second.Id], pending.Select(i => i.Id));
        Assert.True(first.Id < other.Id && other.Id < second.Id);
        Assert.Equal(["C1", "C2"], (await outbox.ListPendingLanesAsync("slack")).Order(StringComparer.Ordinal));
        Assert.Empty(await outbox.ListPendingLanesAsync("teams"));
        first.Result = "1716000000.000100";
        await outbox.SaveAsync(first);
        Assert.Equal(first.Id, (await outbox.FindDeliveredAsync("slack", "C1", "1716000000.000100"))?.Id);
        Assert.Null(await outbox.FindDeliveredAsync("slack", "C2", "1716000000.000100"));
    }

    [Fact]
    public async Task AddAsync_NumbersItemsAsTheyAreAddedBeforeTheyAreStored_AndGoesOnAfterReopening()
    {
        using var folder = new TempFolder();
        var first = Item("C1", "post");
        var second = Item("C1", "post");
        using (var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path }))
        {
            var outbox = new LiteOutboxStore(database);
            var storing = new[] { outbox.AddAsync(first), outbox.AddAsync(second) };

            Assert.Equal((1L, 2L), (first.Id, second.Id));
            await Task.WhenAll(storing);
            Assert.Equal([first.Id, second.Id], (await outbox.ListPendingAsync("slack", "C1")).Select(i => i.Id));
        }

        using var reopened = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var third = Item("C1", "post");
        await new LiteOutboxStore(reopened).AddAsync(third);
        Assert.Equal(3, third.Id);
        Assert.Equal([1L, 2L, 3L], (await new LiteOutboxStore(reopened).ListPendingAsync("slack", "C1")).Select(i => i.Id));
    }

    [Fact]
    public async Task Lookups_RejectedAndDeliveredItems_AreNeitherPendingNorFoundUnlessDelivered()
    {
        using var storage = new TestStorage();
        var outbox = new LiteOutboxStore(storage.Database);
        var delivered = Item("C1", "post");
        var rejected = Item("C1", "post");
        var pending = Item("D1", "direct");
        foreach (var item in new[] { delivered, rejected, pending })
        {
            await outbox.AddAsync(item);
        }

        (delivered.Status, delivered.Result) = (OutboxStatus.Delivered, "1716000000.000100");
        (rejected.Status, rejected.Result) = (OutboxStatus.Rejected, "1716000000.000200");
        await outbox.SaveAllAsync([delivered, rejected]);

        Assert.Empty(await outbox.ListPendingAsync("slack", "C1"));
        Assert.Equal(["D1"], await outbox.ListPendingLanesAsync("slack"));
        Assert.Equal(delivered.Id, (await outbox.FindDeliveredAsync("slack", "C1", "1716000000.000100"))?.Id);
        Assert.Null(await outbox.FindDeliveredAsync("slack", "C1", "1716000000.000200"));
    }

    [Fact]
    public async Task Open_AFileWithTheOldWholeCollectionIndexes_KeepsItsItemsAndFindsThem()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        var path = new StorageOptions { DataFolder = folder.Path }.DatabasePath;
        using (LiteDatabase old = new(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            var items = old.GetCollection("outbox", BsonAutoId.Int64);
            items.EnsureIndex("Status", "$.Status");
            items.EnsureIndex("Result", "$.Result");
            items.Insert(OldItem("C1", "Delivered", "1716000000.000100"));
            items.Insert(OldItem("C1", "Pending", null));
        }

        using var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var outbox = new LiteOutboxStore(database);
        var added = Item("C1", "post");
        await outbox.AddAsync(added);

        Assert.Equal([2L, 3L], (await outbox.ListPendingAsync("slack", "C1")).Select(i => i.Id));
        Assert.Equal(1L, (await outbox.FindDeliveredAsync("slack", "C1", "1716000000.000100"))?.Id);
        Assert.Equal(["C1"], await outbox.ListPendingLanesAsync("slack"));
    }

    [Fact]
    public async Task TryAccept_SameKeyTwice_AcceptsOnlyTheFirstEvenAfterReopening()
    {
        using var folder = new TempFolder();
        using (var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path }))
        {
            var inbox = new LiteInboxStore(database);
            Assert.True(await inbox.TryAcceptAsync("slack:event:Ev1", Now));
            Assert.False(await inbox.TryAcceptAsync("slack:event:Ev1", Now));
            Assert.True(await inbox.TryAcceptAsync("slack:event:Ev2", Now));
        }

        using var reopened = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        Assert.False(await new LiteInboxStore(reopened).TryAcceptAsync("slack:event:Ev1", Now.AddMinutes(5)));
    }

    private static BsonDocument OldItem(string lane, string status, string? result) => new()
    {
        ["Platform"] = "slack", ["Lane"] = lane, ["Kind"] = "post", ["Payload"] = "{}", ["Status"] = status,
        ["Attempts"] = 0, ["CreatedAt"] = Now.UtcDateTime, ["Result"] = result is null ? BsonValue.Null : result,
    };

    private static OutboxItem Item(string lane, string kind) =>
        new() { Platform = "slack", Lane = lane, Kind = kind, Payload = "{}", CreatedAt = Now };
}
