using IncidentBot.Core.Outbox;

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

    private static OutboxItem Item(string lane, string kind) =>
        new() { Platform = "slack", Lane = lane, Kind = kind, Payload = "{}", CreatedAt = Now };
}
