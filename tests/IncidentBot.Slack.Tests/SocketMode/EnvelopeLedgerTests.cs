using IncidentBot.Slack.SocketMode;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Slack.Tests.SocketMode;

public sealed class EnvelopeLedgerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task HandleOnce_SameKeyWhileTheFirstRuns_WaitsForItsOutcomeAndRunsNothing()
    {
        var ledger = new EnvelopeLedger(_time, TimeSpan.FromMinutes(15), 100);
        var first = new TaskCompletionSource<string?>();
        var runs = 0;

        var one = ledger.HandleOnceAsync("envelope:1", () => { runs++; return first.Task; }, out var firstRepeat);
        var two = ledger.HandleOnceAsync("envelope:1", () => { runs++; return Task.FromResult<string?>("second"); }, out var secondRepeat);
        first.SetResult("first");

        Assert.Equal("first", await one);
        Assert.Equal("first", await two);
        Assert.Equal(1, runs);
        Assert.False(firstRepeat);
        Assert.True(secondRepeat);
    }

    [Fact]
    public async Task HandleOnce_SameKeyAfterSuccess_AnswersWithTheFirstOutcome()
    {
        var ledger = new EnvelopeLedger(_time, TimeSpan.FromMinutes(15), 100);
        await ledger.HandleOnceAsync("event:Ev1", () => Task.FromResult<string?>("""{"text":"ok"}"""), out _);
        _time.Advance(TimeSpan.FromMinutes(14));

        var again = await ledger.HandleOnceAsync("event:Ev1", () => throw new InvalidOperationException("ran twice"), out var repeat);

        Assert.Equal("""{"text":"ok"}""", again);
        Assert.True(repeat);
    }

    [Fact]
    public async Task HandleOnce_SameKeyAfterFailure_RunsAgain()
    {
        var ledger = new EnvelopeLedger(_time, TimeSpan.FromMinutes(15), 100);
        var failed = ledger.HandleOnceAsync("envelope:1", () => Task.FromException<string?>(new InvalidOperationException("crashed")), out _);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);

        var again = await ledger.HandleOnceAsync("envelope:1", () => Task.FromResult<string?>(null), out var repeat);

        Assert.Null(again);
        Assert.False(repeat);
    }

    [Fact]
    public async Task HandleOnce_SameKeyAfterTheWindow_RunsAgain()
    {
        var ledger = new EnvelopeLedger(_time, TimeSpan.FromMinutes(15), 100);
        await ledger.HandleOnceAsync("envelope:1", () => Task.FromResult<string?>("old"), out _);
        _time.Advance(TimeSpan.FromMinutes(15));

        var again = await ledger.HandleOnceAsync("envelope:1", () => Task.FromResult<string?>("new"), out var repeat);

        Assert.Equal("new", again);
        Assert.False(repeat);
    }

    [Fact]
    public async Task HandleOnce_MoreKeysThanItKeeps_ForgetsTheOldestFirst()
    {
        var ledger = new EnvelopeLedger(_time, TimeSpan.FromMinutes(15), 2);
        foreach (var key in new[] { "a", "b", "c" })
        {
            await ledger.HandleOnceAsync(key, () => Task.FromResult<string?>(key), out _);
        }

        await ledger.HandleOnceAsync("d", () => Task.FromResult<string?>("d"), out _);
        await ledger.HandleOnceAsync("a", () => Task.FromResult<string?>("a again"), out var aRepeat);
        await ledger.HandleOnceAsync("d", () => Task.FromResult<string?>("d again"), out var dRepeat);

        Assert.False(aRepeat);
        Assert.True(dRepeat);
    }
}
