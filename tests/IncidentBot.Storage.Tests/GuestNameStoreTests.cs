namespace IncidentBot.Storage.Tests;

public sealed class GuestNameStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Save_ThenReopen_EachGuestKeepsTheLatestName()
    {
        using var folder = new TempFolder();
        using (var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path }))
        {
            var guests = new LiteGuestNameStore(database);
            await guests.SaveAsync("29:1stranger", "Sam", Now);
            await guests.SaveAsync("29:1stranger", "Sam Stranger", Now.AddMinutes(1));
            await guests.SaveAsync("U07VISITOR", "Vera Visitor", Now);
        }

        using var reopened = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var names = new LiteGuestNameStore(reopened).LoadAll();
        Assert.Equal(2, names.Count);
        Assert.Equal("Sam Stranger", names["29:1stranger"]);
        Assert.Equal("Vera Visitor", names["U07VISITOR"]);
    }
}
