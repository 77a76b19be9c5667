using IncidentBot.Core.Rollbacks;

namespace IncidentBot.Storage.Tests;

public sealed class RollbackStoreTests
{
    [Fact]
    public async Task AddAsync_TwoRollbacks_GivesSequentialIds()
    {
        using TestStorage storage = new();
        Rollback first = Requested(1, "api", 0);
        Rollback second = Requested(1, "search", 1);

        await storage.Rollbacks.AddAsync(first);
        await storage.Rollbacks.AddAsync(second);

        Assert.Equal("rb-1", first.Id);
        Assert.Equal("rb-2", second.Id);
        Assert.Equal("search", (await storage.Rollbacks.GetAsync("rb-2"))!.Service);
    }

    [Fact]
    public async Task AddAsync_Concurrently_GivesEveryRollbackItsOwnId()
    {
        using TestStorage storage = new();
        List<Rollback> rollbacks = Enumerable.Range(0, 20).Select(i => Requested(1, "api", i)).ToList();

        await Task.WhenAll(rollbacks.Select(r => Task.Run(() => storage.Rollbacks.AddAsync(r))));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"rb-{i}").Order(), rollbacks.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task AddAsync_AfterReopen_ContinuesNumbering()
    {
        using TestStorage storage = new();
        await storage.Rollbacks.AddAsync(Requested(1, "api", 0));
        storage.Reopen();

        Rollback next = Requested(1, "api", 1);
        await storage.Rollbacks.AddAsync(next);

        Assert.Equal("rb-2", next.Id);
    }

    [Fact]
    public async Task ListActiveAsync_MixedStatuses_ReturnsRequestedAndStartedOldestFirst()
    {
        using TestStorage storage = new();
        Rollback started = Requested(1, "api", 5);
        Rollback requested = Requested(2, "search", 1);
        Rollback succeeded = Requested(1, "billing", 0);
        Rollback cancelled = Requested(2, "web", 0);
        foreach (Rollback rollback in new[] { started, requested, succeeded, cancelled })
        {
            await storage.Rollbacks.AddAsync(rollback);
        }

        (started.Status, started.DecidedBy, started.DecidedAt) = (RollbackStatus.Started, "u-ana", Times.At(6));
        succeeded.Status = RollbackStatus.Succeeded;
        cancelled.Status = RollbackStatus.Cancelled;
        foreach (Rollback rollback in new[] { started, succeeded, cancelled })
        {
            await storage.Rollbacks.SaveAsync(rollback);
        }

        IReadOnlyList<Rollback> active = await storage.Rollbacks.ListActiveAsync();

        Assert.Equal([requested.Id, started.Id], active.Select(r => r.Id));
        Assert.Equal(Times.At(6), active[1].DecidedAt);
    }

    [Fact]
    public async Task ListByIncidentAsync_TwoIncidents_ReturnsOnlyThatIncidentsOldestFirst()
    {
        using TestStorage storage = new();
        await storage.Rollbacks.AddAsync(Requested(1, "api", 3));
        await storage.Rollbacks.AddAsync(Requested(2, "api", 2));
        await storage.Rollbacks.AddAsync(Requested(1, "search", 1));

        IReadOnlyList<Rollback> rollbacks = await storage.Rollbacks.ListByIncidentAsync(1);

        Assert.Equal(["rb-3", "rb-1"], rollbacks.Select(r => r.Id));
    }

    [Fact]
    public async Task SaveAsync_NeverAdded_Throws()
    {
        using TestStorage storage = new();

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.Rollbacks.SaveAsync(new Rollback { Id = "rb-7" }));
    }

    private static Rollback Requested(int incident, string service, int minutes) => new()
    {
        IncidentNumber = incident,
        Service = service,
        FromVersion = "1.3.0",
        ToVersion = "1.2.0",
        Status = RollbackStatus.Requested,
        RequestedBy = "u-ana",
        RequestedAt = Times.At(minutes),
    };
}
