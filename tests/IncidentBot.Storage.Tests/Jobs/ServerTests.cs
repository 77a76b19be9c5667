using Hangfire.Server;
using Hangfire.Storage;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class ServerTests : JobStorageTest
{
    [Fact]
    public void AnnounceServer_ThenHeartbeat_IsListedWithItsQueuesAndLastHeartbeat()
    {
        Connection.AnnounceServer("server-1", new ServerContext { Queues = ["critical", "default"], WorkerCount = 4 });
        Clock.Advance(TimeSpan.FromSeconds(30));

        Connection.Heartbeat("server-1");

        var server = Assert.Single(Storage.GetMonitoringApi().Servers());
        Assert.Equal("server-1", server.Name);
        Assert.Equal(["critical", "default"], server.Queues);
        Assert.Equal(4, server.WorkersCount);
        Assert.Equal(T0.UtcDateTime, server.StartedAt);
        Assert.Equal(Now, server.Heartbeat);
    }

    [Fact]
    public void Heartbeat_UnknownServer_ThrowsServerGone() =>
        Assert.Throws<BackgroundServerGoneException>(() => Connection.Heartbeat("removed"));

    [Fact]
    public void RemoveTimedOutServers_OneSilentOneAlive_RemovesTheSilentOne()
    {
        Connection.AnnounceServer("silent", new ServerContext { Queues = ["default"], WorkerCount = 1 });
        Clock.Advance(TimeSpan.FromMinutes(4));
        Connection.AnnounceServer("alive", new ServerContext { Queues = ["default"], WorkerCount = 1 });
        Clock.Advance(TimeSpan.FromMinutes(2));

        var removed = Connection.RemoveTimedOutServers(TimeSpan.FromMinutes(5));

        Assert.Equal(1, removed);
        Assert.Equal(["alive"], Storage.GetMonitoringApi().Servers().Select(s => s.Name));
        Assert.Throws<ArgumentException>(() => Connection.RemoveTimedOutServers(TimeSpan.Zero));
    }

    [Fact]
    public void RemoveServer_Announced_IsNoLongerListed()
    {
        Connection.AnnounceServer("server-1", new ServerContext { Queues = ["default"], WorkerCount = 1 });

        Connection.RemoveServer("server-1");

        Assert.Empty(Storage.GetMonitoringApi().Servers());
    }

    [Fact]
    public void GetUtcDateTime_Always_IsTheStoragesClock()
    {
        Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(Now, Connection.GetUtcDateTime());
        Assert.Equal(DateTimeKind.Utc, Connection.GetUtcDateTime().Kind);
    }

    [Theory]
    [InlineData("Storage.ExtendedApi")]
    [InlineData("Job.Queue")]
    [InlineData("Connection.GetUtcDateTime")]
    [InlineData("Connection.BatchedGetFirstByLowestScoreFromSet")]
    [InlineData("Connection.GetSetContains")]
    [InlineData("Connection.GetSetCount.Limited")]
    [InlineData("Transaction.AcquireDistributedLock")]
    [InlineData("Transaction.CreateJob")]
    [InlineData("Transaction.SetJobParameter")]
    [InlineData("Monitoring.DeletedStateGraphs")]
    [InlineData("Monitoring.AwaitingJobs")]
    [InlineData("Storage.ProcessesInsteadOfComponents")]
    public void HasFeature_WhatHangfire18AsksFor_IsSupported(string feature) => Assert.True(Storage.HasFeature(feature));

    [Fact]
    public void HasFeature_Unknown_IsNotSupported() => Assert.False(Storage.HasFeature("Transaction.Something"));
}
