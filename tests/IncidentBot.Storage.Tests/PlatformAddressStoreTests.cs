namespace IncidentBot.Storage.Tests;

public sealed class PlatformAddressStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Save_ThenReopen_TheLatestAddressOfEachPlatformAndKeyIsKept()
    {
        using var folder = new TempFolder();
        using (var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path }))
        {
            var addresses = new LitePlatformAddressStore(database);
            await addresses.SaveAsync("teams", "person:ada", """{"conversation":"a:1","serviceUrl":"https://smba.trafficmanager.net/emea/"}""", Now);
            await addresses.SaveAsync("teams", "person:ada", """{"conversation":"a:2","serviceUrl":"https://smba.trafficmanager.net/amer/"}""", Now.AddMinutes(1));
            await addresses.SaveAsync("other", "person:ada", """{"conversation":"x"}""", Now);
        }

        using var reopened = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var store = new LitePlatformAddressStore(reopened);
        Assert.Equal("""{"conversation":"a:2","serviceUrl":"https://smba.trafficmanager.net/amer/"}""", await store.FindAsync("teams", "person:ada"));
        Assert.Equal("""{"conversation":"x"}""", await store.FindAsync("other", "person:ada"));
        Assert.Null(await store.FindAsync("teams", "person:kofi"));
    }
}
