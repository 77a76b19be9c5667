using IncidentBot.Core.Jobs;
using IncidentBot.Core.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Core.Tests.Outbox;

public sealed class OutboxJobTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryOutboxStore _outbox = new();
    private readonly ScriptedDeliverer _platform = new();
    private readonly RecordingScheduler _scheduler = new();
    private readonly OutboxWakeups _wakeups = new();
    private readonly RecordingRefusals _refusals = new();

    [Fact]
    public async Task Run_PlatformUp_DeliversTheLaneInOrderOnce()
    {
        await AddAsync("C1", "first", "second", "third");

        await RunAsync("C1");
        await RunAsync("C1");

        Assert.Equal(["first", "second", "third"], _platform.Delivered);
        Assert.All(_outbox.Items, i => Assert.Equal(OutboxStatus.Delivered, i.Status));
        Assert.Equal("ts-1", _outbox.Items[0].Result);
    }

    [Fact]
    public async Task Run_BurstThePlatformCanMerge_GoesInFewerCallsInOrderAndEveryItemGetsTheResult()
    {
        _platform.MergeNotes = 3;
        foreach (var (kind, text) in new[] { ("note", "n1"), ("note", "n2"), ("note", "n3"), ("note", "n4"), ("card", "c1"), ("note", "n5") })
        {
            await _outbox.AddAsync(new OutboxItem { Platform = "fake", Lane = "C1", Kind = kind, Payload = text, CreatedAt = _time.GetUtcNow() });
        }

        await RunAsync("C1");

        Assert.Equal(["n1", "n2", "n3", "n4", "c1", "n5"], _platform.Delivered);
        Assert.Equal([3, 1, 1, 1], _platform.Calls);
        Assert.All(_outbox.Items.Take(3), i => Assert.Equal("ts-1", i.Result));
        Assert.All(_outbox.Items, i => Assert.Equal(OutboxStatus.Delivered, i.Status));
    }

    [Fact]
    public async Task Run_RateLimited_StopsTheLaneAndComesBackAfterRetryAfter()
    {
        await AddAsync("C1", "first", "second");
        _platform.Outage = OutboxDelivery.RetryLater("rate limited", TimeSpan.FromSeconds(30));

        await RunAsync("C1");

        Assert.Empty(_platform.Delivered);
        Assert.Equal([("fake", "C1", _time.GetUtcNow().AddSeconds(30))], _scheduler.Outbox);
        Assert.All(_outbox.Items, i => Assert.Equal(OutboxStatus.Pending, i.Status));
        Assert.Equal(1, _outbox.Items[0].Attempts);
        Assert.Equal(0, _outbox.Items[1].Attempts);
    }

    [Fact]
    public async Task Run_RateLimitedThenWokenEarly_NothingReachesThePlatformBeforeRetryAfter()
    {
        var limitedAt = _time.GetUtcNow();
        await AddAsync("C1", "first");
        _platform.Outage = OutboxDelivery.RetryLater("rate limited", TimeSpan.FromSeconds(30));
        await RunAsync("C1");
        _platform.Outage = null;

        await AddAsync("C1", "second");
        Assert.False(_wakeups.TryClaim("fake", "C1"), "a new message must not schedule a delivery while the retry waits");
        _time.Advance(TimeSpan.FromSeconds(10));
        await RunAsync("C1");

        Assert.Empty(_platform.Delivered);
        Assert.Equal(limitedAt.AddSeconds(30), _scheduler.Outbox[^1].DueAt);
        _time.SetUtcNow(limitedAt.AddSeconds(30));
        await RunAsync("C1");
        Assert.Equal(["first", "second"], _platform.Delivered);
    }

    [Fact]
    public async Task Run_OutageThenRecovery_EverythingArrivesInOrderOnce()
    {
        await AddAsync("C1", "first");
        _platform.Outage = OutboxDelivery.RetryLater("HTTP 500");
        await RunAsync("C1");
        await AddAsync("C1", "second", "third");
        _time.SetUtcNow(_scheduler.Outbox[^1].DueAt);
        await RunAsync("C1");

        _platform.Outage = null;
        _time.SetUtcNow(_scheduler.Outbox[^1].DueAt);
        await RunAsync("C1");

        Assert.Equal(["first", "second", "third"], _platform.Delivered);
        Assert.True(_scheduler.Outbox[1].DueAt - _time.GetUtcNow() > _scheduler.Outbox[0].DueAt - _time.GetUtcNow(), "the backoff grows");
    }

    [Fact]
    public async Task Run_OneItemRefusedForGood_IsKeptAsRejectedAndTheLaneMovesOn()
    {
        await AddAsync("C1", "first");
        _outbox.Items[0].Kind = "doomed";
        _platform.RefusedKinds.Add("doomed");
        await AddAsync("C1", "second");

        await RunAsync("C1");

        Assert.Equal(OutboxStatus.Rejected, _outbox.Items[0].Status);
        Assert.Equal("channel_not_found", _outbox.Items[0].LastError);
        Assert.Equal(["second"], _platform.Delivered);
    }

    [Fact]
    public async Task Run_PlatformRefusesForGood_ReportsTheItemOnce()
    {
        await AddAsync("C1", "first", "second");
        _outbox.Items[0].Kind = "doomed";
        _platform.RefusedKinds.Add("doomed");

        await RunAsync("C1");
        await RunAsync("C1");

        Assert.Equal([(_outbox.Items[0].Id, "channel_not_found")], _refusals.Reported);
        Assert.Equal(["second"], _platform.Delivered);
    }

    [Fact]
    public async Task Run_TwoLanes_AnOutageInOneDoesNotHoldTheOther()
    {
        await AddAsync("C1", "c1-message");
        await AddAsync("C2", "c2-message");
        _platform.Outage = OutboxDelivery.RetryLater("HTTP 500");
        await RunAsync("C1");
        _platform.Outage = null;

        await RunAsync("C2");

        Assert.Equal(["c2-message"], _platform.Delivered);
        Assert.Equal(OutboxStatus.Pending, _outbox.Items[0].Status);
    }

    [Fact]
    public async Task Run_LaneThePlatformPaces_ComesBackAtItsTurnWithoutWaitingAndThenTakesWhatQueuedMeanwhile()
    {
        _platform.MergeNotes = 10;
        await _outbox.AddAsync(new OutboxItem { Platform = "fake", Lane = "dm:ada", Kind = "note", Payload = "page 1", CreatedAt = _time.GetUtcNow() });
        _platform.BusyUntil = _time.GetUtcNow().AddSeconds(1);

        await RunAsync("dm:ada");

        Assert.Empty(_platform.Delivered);
        Assert.Equal([("fake", "dm:ada", _time.GetUtcNow().AddSeconds(1))], _scheduler.Outbox);

        await _outbox.AddAsync(new OutboxItem { Platform = "fake", Lane = "dm:ada", Kind = "note", Payload = "page 2", CreatedAt = _time.GetUtcNow() });
        _time.Advance(TimeSpan.FromSeconds(1));
        await RunAsync("dm:ada");

        Assert.Equal(["page 1", "page 2"], _platform.Delivered);
        Assert.Equal([2], _platform.Calls);
    }

    [Fact]
    public async Task Run_LaneAlreadyBeingDelivered_LeavesAtOnceAndTheDelivererTakesTheNewItemBeforeLettingGo()
    {
        var lanes = new OutboxLanes();
        await AddAsync("C1", "first");
        var held = lanes.TryAcquire("fake/C1")!;

        var second = Job(lanes).RunAsync("fake", "C1");

        Assert.True(second.IsCompleted, "a job finding the lane taken does not wait for it");
        Assert.Empty(_platform.Delivered);
        held.Dispose();
        await Job(lanes).RunAsync("fake", "C1");
        Assert.Equal(["first"], _platform.Delivered);
    }

    private async Task AddAsync(string lane, params string[] payloads)
    {
        foreach (var payload in payloads)
        {
            await _outbox.AddAsync(new OutboxItem { Platform = "fake", Lane = lane, Kind = "post", Payload = payload, CreatedAt = _time.GetUtcNow() });
        }
    }

    private Task RunAsync(string lane) => Job(new OutboxLanes()).RunAsync("fake", lane);

    private OutboxJob Job(OutboxLanes lanes) => new(_outbox, [_platform], lanes, _wakeups, _refusals, _scheduler, _time, NullLogger<OutboxJob>.Instance);
}
