using System.Net;
using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Outbound;
using IncidentBot.Teams.Testing.Connector;
using IncidentBot.Tests.Slack;
using Xunit.Abstractions;

namespace IncidentBot.Tests.Teams;

/// <summary>
/// Teams failing for a while, or asked faster than it allows, loses nothing: every note reaches the incident's
/// thread once, in order, once Teams takes it; and the bot itself stays under Teams' per-conversation limits.
/// </summary>
public sealed class TeamsOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Notes = ["first note", "second note", "third note", "fourth note"];
    private TeamsWorld _world = null!;

    public async Task InitializeAsync() => _world = await TeamsWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task TeamsFailingThenRateLimiting_EveryNoteReachesTheThreadOnceInOrder()
    {
        var thread = await OpenIncidentAsync();
        bool ToThread(FakeConnectorCall call) => call.Operation == "Conversations_SendToConversation" && call.Value("conversationId") == thread.Id;

        // One whole call's attempts fail at the gateway, then Teams is unavailable, then asks for longer than a call waits.
        var started = DateTimeOffset.UtcNow;
        _world.Connector.FailNext(FakeConnectorFault.ServerError(502), BotConnectorResilience.MaxAttempts, ToThread);
        _world.Connector.FailNext(FakeConnectorFault.ServerError(503), 2, ToThread);
        _world.Connector.FailNext(FakeConnectorFault.RateLimited(BotConnectorResilience.LongestRetryAfterWaited + TimeSpan.FromSeconds(1)), 1, ToThread);
        foreach (var note in Notes)
        {
            await CommandAsync(TeamsWorld.KofiObjectId, "Kofi Boateng", thread, $"note {note}");
        }

        var texts = await SlackWorld.SeenAsync(
            () => Texts(thread) is var all && all.Exists(t => t.Contains(Notes[^1], StringComparison.Ordinal)) ? all : null,
            "the last note, once Teams took messages again", seconds: 90);
        var order = Notes.Select(note => texts.FindIndex(t => t.Contains(note, StringComparison.Ordinal))).ToList();
        Assert.All(Notes, note => Assert.Single(texts, t => t.Contains(note, StringComparison.Ordinal)));
        Assert.Equal(order.Order(), order);
        var refused = _world.Connector.Calls.Where(ToThread).Select(c => c.StatusCode).Where(s => s >= 429).ToList();
        Assert.Equal([502, 502, 502, 502, 503, 503, 429], refused);
        output.WriteLine($"{Notes.Length} notes through {refused.Count} refusals; the last arrived {(DateTimeOffset.UtcNow - started).TotalSeconds:F1} s after the first was added");
        Assert.Equal(Notes.Length, (await _world.KindsAsync()).Count(k => k == "note"));
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task BurstOfNotes_IsSentNoFasterThanTeamsAllowsAConversationAndAllArrive()
    {
        var thread = await OpenIncidentAsync();
        var from = DateTimeOffset.UtcNow;
        var burst = Enumerable.Range(1, 12).Select(i => $"burst note {i:D2}").ToList();

        foreach (var note in burst)
        {
            await CommandAsync(TeamsWorld.AdaObjectId, "Ada Mensah", thread, $"note {note}");
        }

        var texts = await SlackWorld.SeenAsync(
            () => Texts(thread) is var all && all.Exists(t => t.Contains(burst[^1], StringComparison.Ordinal)) ? all : null,
            "the burst's last note", seconds: 60);
        Assert.All(burst, note => Assert.Single(texts, t => t.Contains(note, StringComparison.Ordinal)));
        var channel = TeamsSendPacer.Key(thread.Id);
        var sent = _world.Connector.Calls
            .Where(c => c.At >= from && c.Value("conversationId") is { } id && TeamsSendPacer.Key(id) == channel)
            .Select(c => c.At)
            .Order()
            .ToList();
        Assert.True(sent.Count > burst.Count, $"{sent.Count} calls to the channel");

        output.WriteLine($"{sent.Count} calls to the channel in {(sent[^1] - sent[0]).TotalSeconds:F1} s; at most {MostIn(sent, TimeSpan.FromSeconds(1))} in 1 s, {MostIn(sent, TimeSpan.FromSeconds(2))} in 2 s");

        Assert.True(MostIn(sent, TimeSpan.FromSeconds(1)) <= 7, "more than 7 calls in a second");
        // Arrival times here are the fake connector's: on a loaded 2-core machine a call can take longer on the way
        // than the pacer's margin, so the 2 s window is checked with that margin taken off (an unpaced burst of 12
        // arrives well inside it).
        Assert.True(MostIn(sent, TimeSpan.FromSeconds(2) - TeamsSendPacer.Margin) <= 8, "more than 8 calls in 1.8 s");
        Assert.DoesNotContain(_world.Connector.Calls, c => c.StatusCode == (int)HttpStatusCode.TooManyRequests);
        Assert.Empty(_world.Connector.Violations);
    }

    /// <summary>The most calls of <paramref name="times"/> (in order) that fall within any span of <paramref name="window"/>.</summary>
    private static int MostIn(List<DateTimeOffset> times, TimeSpan window)
    {
        var most = 0;
        for (int first = 0, last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= window)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    private async Task<FakeTeamsConversation> OpenIncidentAsync()
    {
        await _world.PostAlertAsync("db-slow", "Database slow");
        var thread = await SlackWorld.SeenAsync(() => _world.IncidentThread(), "the incident's thread", seconds: 60);
        await SlackWorld.SeenAsync(() => _world.IncidentCard(thread), "the incident card", seconds: 60);
        await SlackWorld.SeenAsync(
            () => _world.Connector.ActivitiesIn(thread.Id).FirstOrDefault(a => TeamsWorld.Mentions(a).Contains(TeamsWorld.AdaObjectId)),
            "Ada @mentioned in the thread", seconds: 60);
        return thread;
    }

    private List<string> Texts(FakeTeamsConversation thread) => [.. _world.Connector.ActivitiesIn(thread.Id).Select(TeamsWorld.TextOf)];

    private async Task CommandAsync(string objectId, string name, FakeTeamsConversation thread, string text)
    {
        using var response = await _world.SendAsync(_world.Message(objectId, name, thread.Id, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
