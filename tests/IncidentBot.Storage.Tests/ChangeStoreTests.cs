using IncidentBot.Core.Changes;

namespace IncidentBot.Storage.Tests;

public sealed class ChangeStoreTests
{
    [Fact]
    public async Task AddAsync_SameIdTwice_ReturnsFalseAndKeepsFirst()
    {
        using TestStorage storage = new();

        Assert.True(await storage.Changes.AddAsync(Change("c-1", "api", "1.2.0", 0)));
        Assert.False(await storage.Changes.AddAsync(Change("c-1", "api", "9.9.9", 1)));

        ChangeEvent stored = Assert.Single(await storage.Changes.ListAsync(null, Times.At(-60), Times.At(60)));
        Assert.Equal("1.2.0", stored.Version);
    }

    [Fact]
    public async Task ListAsync_Range_ReturnsChangesWithinBoundsInclusiveOldestFirst()
    {
        using TestStorage storage = new();
        await storage.Changes.AddAsync(Change("late", "api", "4", 31));
        await storage.Changes.AddAsync(Change("end", "api", "3", 30));
        await storage.Changes.AddAsync(Change("start", "api", "1", 0));
        await storage.Changes.AddAsync(Change("early", "api", "0", -1));
        await storage.Changes.AddAsync(Change("middle", "API", "2", 10));

        IReadOnlyList<ChangeEvent> changes = await storage.Changes.ListAsync("api", Times.At(0), Times.At(30));

        Assert.Equal(["start", "middle", "end"], changes.Select(c => c.Id));
        Assert.All(changes, c => Assert.Equal(TimeSpan.Zero, c.At.Offset));
    }

    [Fact]
    public async Task ListAsync_ServiceInOtherCase_MatchesOnlyThatService()
    {
        using TestStorage storage = new();
        await storage.Changes.AddAsync(Change("a", "Payments-API", "1", 0));
        await storage.Changes.AddAsync(Change("b", "search", "1", 1));

        IReadOnlyList<ChangeEvent> changes = await storage.Changes.ListAsync("payments-api", Times.At(-5), Times.At(5));

        Assert.Equal("a", Assert.Single(changes).Id);
    }

    [Fact]
    public async Task ListAsync_NullService_ReturnsEveryService()
    {
        using TestStorage storage = new();
        await storage.Changes.AddAsync(Change("b", "search", "1", 1));
        await storage.Changes.AddAsync(Change("a", "api", "1", 0));

        IReadOnlyList<ChangeEvent> changes = await storage.Changes.ListAsync(null, Times.At(-5), Times.At(5));

        Assert.Equal(["a", "b"], changes.Select(c => c.Id));
    }

    [Fact]
    public async Task LatestAsync_SeveralDeploys_ReturnsNewestOfThatService()
    {
        using TestStorage storage = new();
        await storage.Changes.AddAsync(Change("c-2", "api", "1.3.0", 20));
        await storage.Changes.AddAsync(Change("c-1", "api", "1.2.0", 10));
        await storage.Changes.AddAsync(Change("c-3", "search", "7.0.0", 30));

        ChangeEvent? latest = await storage.Changes.LatestAsync("API");

        Assert.Equal("1.3.0", latest!.Version);
        Assert.Equal("1.2.0", latest.Previous);
        Assert.Null(await storage.Changes.LatestAsync("billing"));
    }

    private static ChangeEvent Change(string id, string service, string version, int minutes) => new()
    {
        Id = id,
        Service = service,
        Version = version,
        Previous = version == "1.3.0" ? "1.2.0" : null,
        By = "deploy-bot",
        At = Times.At(minutes),
    };
}
