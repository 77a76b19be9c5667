using System.Text.Json.Nodes;
using IncidentBot.Slack.Testing;
using IncidentBot.Tests.Host;
using IncidentBot.Tests.Slack;

namespace IncidentBot.Tests.Process;

/// <summary>
/// The bot on Slack as a real process, killed with SIGKILL in the window between Slack doing a call and the bot
/// learning it did (the fake Slack applies the call and holds its answer, so the kill lands there every time),
/// then started again on the same data folder.
/// </summary>
public sealed class SlackKillRestartTests : IAsyncLifetime
{
    private const string SigningSecret = "slack-signing-secret-for-kill-tests";
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-slack-kill-{Guid.NewGuid():N}");
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _slack.BotToken = SlackWorld.BotToken;
        _slack.AddUser("U0ADA", "ada", "ada@example.com", "Ada Mensah");
        _slack.AddUser("U0KOFI", "kofi", "kofi@example.com", "Kofi Boateng");
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    [Fact]
    public async Task KilledBetweenSlackPostingNotesAndTheBotRecordingIt_AfterEachRestart_EveryNoteIsInTheChannelOnceInOrder()
    {
        var sent = new List<string>();
        string channel;
        using (var first = Bot())
        {
            await first.StartAsync();
            (await first.PostAlertAsync(TestPayloads.Bytes("Fixtures", "alerts", "alertmanager-api.json"))).EnsureSuccessStatusCode();
            channel = await SetUpAsync();
            await KillWhilePostIsUnansweredAsync(first, channel, sent, "round one alone");
        }

        foreach (var round in new[] { "two", "three" })
        {
            using var bot = Bot();
            await bot.StartAsync();
            await KillWhilePostIsUnansweredAsync(bot, channel, sent, $"round {round} first", $"round {round} second");
        }

        using var last = Bot();
        await last.StartAsync();
        await NoteAsync(last, channel, sent, "after the last restart");
        await Poll.UntilAsync(() => Task.FromResult(AllShown(channel, sent)), "the notes never all reached the channel after the last restart");

        var texts = Texts(channel);
        foreach (var note in sent)
        {
            Assert.Single(texts, t => t.Contains(note, StringComparison.Ordinal));
        }

        var order = sent.Select(note => texts.FindIndex(t => t.Contains(note, StringComparison.Ordinal))).ToList();
        Assert.Equal(order.Order(), order);
        Assert.Single(_slack.Channels, c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Empty(_slack.Violations);
    }

    [Fact]
    public async Task KilledBetweenSlackCreatingTheChannelAndTheBotRecordingIt_AfterRestart_TheChannelIsAdoptedNotDoubled()
    {
        _slack.FailNext("conversations.create", 1, FakeFault.AppliedThenLate(Timeout.InfiniteTimeSpan));
        using (var first = Bot())
        {
            await first.StartAsync();
            (await first.PostAlertAsync(TestPayloads.Bytes("Fixtures", "alerts", "alertmanager-api.json"))).EnsureSuccessStatusCode();
            await Poll.UntilAsync(() => Task.FromResult(_slack.Channels.Any(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal))), "Slack never created the channel");
            first.Kill();
        }

        using var second = Bot();
        await second.StartAsync();
        var channel = await SetUpAsync();

        Assert.Single(_slack.Channels, c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Equal(channel, (await second.IncidentAsync(1))?.GetProperty("channel").GetString() is { } name ? _slack.Channel(name)?.Id : null);
        Assert.Empty(_slack.Violations);
    }

    /// <summary>
    /// Once the bot has caught up with the notes sent so far, makes Slack hold its answer to the next post, sends
    /// <paramref name="notes"/>, and kills the bot as soon as Slack has posted the first of them.
    /// </summary>
    private async Task KillWhilePostIsUnansweredAsync(BotProcess bot, string channel, List<string> sent, params string[] notes)
    {
        await Poll.UntilAsync(() => Task.FromResult(AllShown(channel, sent)), "the bot never caught up with the notes sent before");
        _slack.FailNext("chat.postMessage", 1, FakeFault.AppliedThenLate(Timeout.InfiniteTimeSpan));
        foreach (var note in notes)
        {
            await NoteAsync(bot, channel, sent, note);
        }

        await Poll.UntilAsync(() => Task.FromResult(Texts(channel).Exists(t => t.Contains(notes[0], StringComparison.Ordinal))), "Slack never got the note");
        bot.Kill();
    }

    private BotProcess Bot() => new(_dataFolder, new Dictionary<string, string>
    {
        ["Slack__BotToken"] = SlackWorld.BotToken,
        ["Slack__SigningSecret"] = SigningSecret,
        ["Slack__ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
        ["Slack__PostInterval"] = "00:00:00",
        ["People__0__Email"] = "ada@example.com",
        ["People__1__Email"] = "kofi@example.com",
        ["OnCall__EscalateAfter"] = "01:00:00",
    });

    /// <summary>The incident channel once it is set up (topic, card, the page sent), so no set-up post is still to come.</summary>
    private async Task<string> SetUpAsync()
    {
        string? channel = null;
        await Poll.UntilAsync(
            () =>
            {
                channel = _slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null)?.Id;
                var card = channel is not null && _slack.Messages(channel).Any(m => m.Blocks?.Any(b => b!["type"]!.GetValue<string>() == "header") == true);
                return Task.FromResult(card && _slack.Messages("U0ADA").Count > 0);
            },
            "the incident channel was never set up");
        return channel!;
    }

    private static async Task NoteAsync(BotProcess bot, string channel, List<string> sent, string note)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["team_id"] = FakeSlackServer.TeamId, ["channel_id"] = channel, ["user_id"] = "U0ADA", ["user_name"] = "ada",
            ["command"] = "/incident", ["text"] = "note " + note, ["response_url"] = "https://hooks.slack.example/commands/1", ["trigger_id"] = "1.2.3",
        });
        using var request = SlackSigner.Signed("/slack/commands", await form.ReadAsStringAsync(), "application/x-www-form-urlencoded", SigningSecret, DateTimeOffset.UtcNow);
        using var response = await bot.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Contains("Note recorded", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        sent.Add(note);
    }

    private bool AllShown(string channel, List<string> notes)
    {
        var texts = Texts(channel);
        return notes.TrueForAll(note => texts.Exists(t => t.Contains(note, StringComparison.Ordinal)));
    }

    private List<string> Texts(string channel) => _slack.Messages(channel).Select(m => m.Text ?? "").ToList();
}
