using System.Globalization;
using System.Net;
using System.Text.Json;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Local;

/// <summary>
/// The real host stopped half-way through an incident and started again on the same data folder: the local
/// workspace is as it was, and the commands the startup banner prints keep working.
/// </summary>
public sealed class LocalRestartTests : IAsyncDisposable
{
    private readonly string _dataFolder = BotFactory.NewDataFolder();

    [Fact]
    public async Task Restart_HalfWayThroughAnIncident_HistoryButtonsReactionsAndCommandsCarryOn()
    {
        string channel;
        JsonElement channelsBefore, historyBefore, pageBefore;
        int lastIdBefore;
        await using (var first = new BotFactory(_dataFolder, deletesDataFolder: false))
        {
            var api = new LocalApi(first.CreateClient());
            await api.OkAsync("/alerts/generic", Alert("firing"), BotFactory.AlertToken);
            await Eventually.ReachedAsync(() => api.GetAsync("/api/incidents/1"), i => Kinds(i).Contains("paged"), "INC-1 paged");
            channelsBefore = await api.GetAsync("/local/channels?as=ada");
            channel = channelsBefore.EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "incident").GetProperty("name").GetString()!;
            var said = await api.OkAsync("/local/say", new { @as = "kofi", channel, text = "the connection pool is exhausted" });
            var messageId = said.GetProperty("messageId").GetString()!;
            Assert.True((await api.OkAsync("/local/react", new { @as = "ada", channel, message = messageId, emoji = "📌" })).GetProperty("taken").GetBoolean());
            await api.OkAsync("/local/say", new { @as = "ada", channel, text = "/incident note looking at the pool" });

            historyBefore = await api.ChannelAsync(channel, "ada");
            pageBefore = await api.ChannelAsync("dm-ada", "ada");
            lastIdBefore = int.Parse(said.GetProperty("messageId").GetString()!, CultureInfo.InvariantCulture);
            Assert.Contains(historyBefore.EnumerateArray(), m => m.GetProperty("reactions").GetArrayLength() == 1);
            Assert.Contains(pageBefore.EnumerateArray(), m => Labels(m).Contains("Acknowledge"));
        }

        await using var second = new BotFactory(_dataFolder, deletesDataFolder: true);
        var again = new LocalApi(second.CreateClient());

        Assert.Equal(Ids(channelsBefore), Ids(await again.GetAsync("/local/channels?as=ada")));
        AssertStartsWith(historyBefore, await again.ChannelAsync(channel, "ada"));
        AssertStartsWith(pageBefore, await again.ChannelAsync("dm-ada", "ada"));

        var pressed = await again.OkAsync("/local/press", new { @as = "ada", button = "acknowledge" });
        Assert.Contains("INC-1", pressed.GetProperty("reply").GetString(), StringComparison.Ordinal);
        var next = await again.OkAsync("/local/say", new { @as = "kofi", channel, text = "pool size raised" });
        Assert.True(int.Parse(next.GetProperty("messageId").GetString()!, CultureInfo.InvariantCulture) > lastIdBefore, "message ids started over after the restart");
        using (var resolved = await again.PostAsync("/alerts/generic", Alert("resolved"), BotFactory.AlertToken))
        {
            Assert.Equal(HttpStatusCode.Accepted, resolved.StatusCode);
        }

        await again.OkAsync("/local/say", new { @as = "ada", channel, text = "/incident resolve pool size raised" });
        var incident = await Eventually.ReachedAsync(() => again.GetAsync("/api/incidents/1"), i => i.GetProperty("status").GetString() == "resolved", "INC-1 resolved");
        Assert.Contains("acknowledged", Kinds(incident));
        var history = await again.ChannelAsync(channel, "ada");
        Assert.Contains(history.EnumerateArray(), m => m.GetProperty("text").GetString() == "pool size raised");
        Assert.Contains(history.EnumerateArray(), m => m.GetProperty("text").GetString()!.Contains("Alert resolved", StringComparison.Ordinal));
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private static object Alert(string status) => new
    {
        title = "Checkout returns HTTP 500", id = "checkout-500", service = "checkout", severity = "sev2", status,
        startsAt = "2026-12-07T10:00:00Z",
    };

    /// <summary>Every message seen before the restart is there after it, unchanged, in the same order (the bot may have added some since).</summary>
    private static void AssertStartsWith(JsonElement before, JsonElement after)
    {
        var was = before.EnumerateArray().Select(m => m.GetRawText()).ToList();
        var now = after.EnumerateArray().Select(m => m.GetRawText()).ToList();
        Assert.True(now.Count >= was.Count, $"{was.Count} messages before the restart, {now.Count} after");
        Assert.Equal(was, now.Take(was.Count));
    }

    private static List<string> Ids(JsonElement channels) =>
        [.. channels.EnumerateArray().Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("name").GetString()} {c.GetProperty("person")}")];

    private static List<string> Labels(JsonElement message) =>
        [.. message.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("label").GetString()!)];

    private static List<string> Kinds(JsonElement incident) =>
        [.. incident.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];
}
