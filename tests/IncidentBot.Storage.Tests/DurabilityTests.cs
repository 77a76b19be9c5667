using System.Diagnostics;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Storage.Tests;

public sealed class DurabilityTests
{
    [Fact]
    public async Task AddAsync_ProcessKilledRightAfter_IncidentIsStoredOnReopen()
    {
        using TempFolder folder = new();
        using CancellationTokenSource timeout = new(TimeSpan.FromMinutes(2));
        using Process writer = ChildProcess.Start(CrashWriter.Verb, folder.Path);
        Task<string> error = writer.StandardError.ReadToEndAsync(timeout.Token);
        string output = await writer.StandardOutput.ReadToEndAsync(timeout.Token);
        await writer.WaitForExitAsync(timeout.Token);

        Assert.True(output.Trim() == "saved 1", $"writer said '{output}', '{await error}'");
        Assert.Equal(OperatingSystem.IsWindows() ? -1 : 128 + 9, writer.ExitCode);

        // The database was never closed, so never checkpointed: what comes back was read from the log.
        Assert.True(File.Exists(Path.Combine(folder.Path, "incidentbot-log.db")));
        using IncidentDatabase reopened = TestStorage.Open(folder.Path);
        Incident? incident = await new LiteIncidentStore(reopened).GetAsync(1);
        Assert.Equal(CrashWriter.Title, incident?.State.Title);
    }

    [Fact]
    public async Task Reopen_AfterDispose_KeepsEveryStoresData()
    {
        using TestStorage storage = new();
        await storage.Incidents.AddAsync(IncidentStoreTests.Declared("Checkout errors"));
        await storage.Changes.AddAsync(new() { Id = "c-1", Service = "api", Version = "1.3.0", At = Times.T0 });
        await storage.Rollbacks.AddAsync(new() { IncidentNumber = 1, Service = "api", ToVersion = "1.2.0", RequestedAt = Times.T0 });
        await storage.Transcript.UpsertAsync(new() { Id = "C01/m1", IncidentNumber = 1, ChannelId = "C01", MessageId = "m1", Text = "hi", At = Times.T0 });
        await storage.Postmortems.SaveAsync(PostmortemStoreTests.Draft(1, 1, "# INC-1"));

        storage.Reopen();

        Assert.Equal("Checkout errors", (await storage.Incidents.GetAsync(1))!.State.Title);
        Assert.Equal("1.3.0", (await storage.Changes.LatestAsync("api"))!.Version);
        Assert.Equal("1.2.0", (await storage.Rollbacks.GetAsync("rb-1"))!.ToVersion);
        Assert.Equal("hi", (await storage.Transcript.GetAsync("C01", "m1"))!.Text);
        Assert.Equal("# INC-1", (await storage.Postmortems.GetAsync(1))!.Markdown);
    }
}
