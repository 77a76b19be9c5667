using System.Text.Json;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Storage.Tests;

public sealed class IncidentStoreTests
{
    [Fact]
    public async Task GetAsync_FullIncident_ReturnsEverythingSaved()
    {
        using TestStorage storage = new();
        Incident incident = FullIncident();
        await storage.Incidents.AddAsync(incident);

        Incident? loaded = await storage.Incidents.GetAsync(incident.Number);

        Assert.NotNull(loaded);
        Assert.Equal(JsonSerializer.Serialize(incident.State), JsonSerializer.Serialize(loaded.State));
        Assert.Equal(5, loaded.Timeline.Count);
        Assert.All(loaded.Timeline, e => Assert.Equal(TimeSpan.Zero, e.At.Offset));
        Assert.Equal(TimeSpan.Zero, loaded.State.AcknowledgedAt!.Value.Offset);
    }

    [Fact]
    public async Task GetAsync_TimeSavedWithOffset_ReturnsSameInstantInUtc()
    {
        using TestStorage storage = new();
        DateTimeOffset local = new(2025, 3, 14, 11, 26, 53, 589, TimeSpan.FromHours(2));
        Incident incident = Incident.Open("Checkout errors", Severity.Sev2, "api", local, local, "u-ana");
        await storage.Incidents.AddAsync(incident);

        Incident? loaded = await storage.Incidents.GetAsync(incident.Number);

        Assert.Equal(local, loaded!.State.OpenedAt);
        Assert.Equal(TimeSpan.Zero, loaded.State.OpenedAt.Offset);
        Assert.Null(loaded.State.ResolvedAt);
    }

    [Fact]
    public async Task AddAsync_ThreeIncidents_NumbersThemOneTwoThree()
    {
        using TestStorage storage = new();
        List<Incident> added = [Declared("one"), Declared("two"), Declared("three")];

        foreach (Incident incident in added)
        {
            await storage.Incidents.AddAsync(incident);
        }

        Assert.Equal([1, 2, 3], added.Select(i => i.Number));
        Assert.Equal("two", (await storage.Incidents.GetAsync(2))!.State.Title);
    }

    [Fact]
    public async Task AddAsync_Concurrently_GivesEveryIncidentItsOwnNumber()
    {
        using TestStorage storage = new();
        List<Incident> added = Enumerable.Range(0, 20).Select(i => Declared($"incident {i}")).ToList();

        await Task.WhenAll(added.Select(i => Task.Run(() => storage.Incidents.AddAsync(i))));

        Assert.Equal(Enumerable.Range(1, 20), added.Select(i => i.Number).Order());
    }

    [Fact]
    public async Task SaveAsync_ChangedIncident_StoresChange()
    {
        using TestStorage storage = new();
        Incident incident = Declared("Checkout errors");
        await storage.Incidents.AddAsync(incident);

        incident.Resolve("u-ana", Times.At(30), "Fixed");
        await storage.Incidents.SaveAsync(incident);

        Incident? loaded = await storage.Incidents.GetAsync(incident.Number);
        Assert.Equal(IncidentStatus.Resolved, loaded!.Status);
        Assert.Equal(Times.At(30), loaded.State.ResolvedAt);
    }

    [Fact]
    public async Task SaveAsync_NeverAdded_Throws()
    {
        using TestStorage storage = new();

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.Incidents.SaveAsync(Declared("lost")));
    }

    [Fact]
    public async Task GetAsync_UnknownNumber_ReturnsNull()
    {
        using TestStorage storage = new();

        Assert.Null(await storage.Incidents.GetAsync(42));
    }

    [Fact]
    public async Task FindByChannelAsync_KnownChannel_ReturnsItsIncident()
    {
        using TestStorage storage = new();
        Incident first = Declared("one");
        first.AttachChannel("C01", "inc-1-one", Times.At(1));
        Incident second = Declared("two");
        second.AttachChannel("C02", "inc-2-two", Times.At(2));
        await storage.Incidents.AddAsync(first);
        await storage.Incidents.AddAsync(second);

        Incident? found = await storage.Incidents.FindByChannelAsync("C02");

        Assert.Equal(second.Number, found!.Number);
        Assert.Null(await storage.Incidents.FindByChannelAsync("C03"));
    }

    [Fact]
    public async Task FindOpenByGroupKeyAsync_ResolvedAndOpenShareKey_ReturnsOpenOne()
    {
        using TestStorage storage = new();
        Incident resolved = WithAlert("group-a");
        resolved.Resolve(null, Times.At(10), null);
        Incident open = WithAlert("group-a");
        open.ApplyAlert(Alert("group-b", "fp-2"), Times.At(11));
        await storage.Incidents.AddAsync(resolved);
        await storage.Incidents.AddAsync(open);
        await storage.Incidents.AddAsync(WithAlert("group-c"));

        Assert.Equal(open.Number, (await storage.Incidents.FindOpenByGroupKeyAsync("group-a"))!.Number);
        Assert.Equal(open.Number, (await storage.Incidents.FindOpenByGroupKeyAsync("group-b"))!.Number);
    }

    [Fact]
    public async Task FindOpenByGroupKeyAsync_OnlyResolvedHasKey_ReturnsNull()
    {
        using TestStorage storage = new();
        Incident resolved = WithAlert("group-a");
        resolved.Resolve(null, Times.At(10), null);
        await storage.Incidents.AddAsync(resolved);

        Assert.Null(await storage.Incidents.FindOpenByGroupKeyAsync("group-a"));
    }

    [Fact]
    public async Task FindLatestByGroupKeyAsync_TwoResolvedShareKey_ReturnsTheNewerWhateverItsStatus()
    {
        using TestStorage storage = new();
        Incident older = WithAlert("group-a");
        older.Resolve(null, Times.At(10), null);
        await storage.Incidents.AddAsync(older);
        Incident newer = WithAlert("group-a");
        newer.Resolve(null, Times.At(20), null);
        await storage.Incidents.AddAsync(newer);

        Assert.Equal(newer.Number, (await storage.Incidents.FindLatestByGroupKeyAsync("group-a"))!.Number);
        Assert.Null(await storage.Incidents.FindLatestByGroupKeyAsync("group-b"));
    }

    [Fact]
    public async Task ListAsync_SeveralIncidents_ReturnsNewestFirst()
    {
        using TestStorage storage = new();
        foreach (string title in new[] { "one", "two", "three" })
        {
            await storage.Incidents.AddAsync(Declared(title));
        }

        IReadOnlyList<Incident> all = await storage.Incidents.ListAsync();

        Assert.Equal([3, 2, 1], all.Select(i => i.Number));
    }

    [Fact]
    public async Task ListOpenAsync_SomeResolved_ReturnsOthersNewestFirst()
    {
        using TestStorage storage = new();
        Incident triggered = Declared("triggered");
        Incident resolved = Declared("resolved");
        resolved.Resolve(null, Times.At(5), null);
        Incident mitigated = Declared("mitigated");
        mitigated.Mitigate(null, Times.At(5), null);
        foreach (Incident incident in new[] { triggered, resolved, mitigated })
        {
            await storage.Incidents.AddAsync(incident);
        }

        IReadOnlyList<Incident> open = await storage.Incidents.ListOpenAsync();

        Assert.Equal(["mitigated", "triggered"], open.Select(i => i.State.Title));
    }

    internal static Incident Declared(string title) =>
        Incident.Open(title, Severity.Sev3, "api", Times.T0, Times.T0, "u-ana");

    private static Incident WithAlert(string groupKey)
    {
        Incident incident = Incident.Open("Checkout errors", Severity.Sev2, "api", Times.T0, Times.T0, null);
        incident.ApplyAlert(Alert(groupKey, "fp-1"), Times.T0);
        return incident;
    }

    private static NormalizedAlert Alert(string groupKey, string fingerprint) => new(
        "alertmanager", fingerprint, groupKey, AlertStatus.Firing, "High 5xx rate", "5xx above 5%", "api",
        Severity.Sev2, Times.T0, null, "https://grafana.example/d/1", new Dictionary<string, string>());

    internal static Incident FullIncident()
    {
        Incident incident = Incident.Open("Checkout errors", Severity.Sev1, "api", Times.At(-5), Times.T0, null);
        incident.ApplyAlert(Alert("group-a", "fp-1"), Times.T0);
        incident.AttachChannel("C01", "inc-1-checkout-errors", Times.At(1));
        incident.RecordPaged(1, ["u-ana"], "Paged Ana", Times.At(1), null, escalation: false);
        incident.Acknowledge("u-ana", Times.At(3), "10m");
        incident.Record(TimelineKind.Note, "  Rolled back api  \n", Times.At(4), "u-ana", "https://chat.example/p/1", "1700000000.000200");
        incident.State.CardMessageId = "1700000000.000100";
        incident.State.ChangeIds.Add("deploy-1");
        incident.RequestPostmortem();
        return incident;
    }
}
