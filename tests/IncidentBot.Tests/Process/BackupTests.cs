using System.Diagnostics;
using IncidentBot.Slack.Testing;
using IncidentBot.Tests.Slack;
using LiteDB;

namespace IncidentBot.Tests.Process;

public sealed class BackupTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"incidentbot-backup-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _settings = [];

    private string DataFolder => Path.Combine(_root, "data");

    [Fact]
    public async Task Backup_WhileTheBotTakesWrites_RestoresIntoABotWithEveryIncidentAnsweredBeforeIt()
    {
        Directory.CreateDirectory(_root);
        var backup = Path.Combine(_root, "incidentbot-backup.db");
        var answeredBefore = new List<int>();
        // On Slack (the fake one), so the outbox has items to copy too.
        await using var slack = await FakeSlackServer.StartAsync();
        slack.BotToken = SlackWorld.BotToken;
        var onSlack = new Dictionary<string, string>(_settings)
        {
            ["Slack__BotToken"] = SlackWorld.BotToken,
            ["Slack__SigningSecret"] = SlackWorld.SigningSecret,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack__PostInterval"] = "00:00:00",
        };
        using (var bot = new BotProcess(DataFolder, onSlack))
        {
            await bot.StartAsync();
            for (var i = 0; i < 5; i++)
            {
                answeredBefore.Add(await bot.OpenIncidentAsync($"before-{i}"));
            }

            // Something went through the outbox (a post reached Slack), so the backup has outbox items to hold.
            await Poll.UntilAsync(() => Task.FromResult(slack.CallsTo("chat.postMessage").Count > 0), "nothing was ever posted to Slack");

            // Alerts keep coming while the copy is taken.
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                var n = 0;
                while (!stop.IsCancellationRequested)
                {
                    await bot.OpenIncidentAsync($"during-{n++}");
                }
            });
            var (exitCode, output, error) = await RunBackupAsync("--out", backup);
            await stop.CancelAsync();
            await writer;

            Assert.True(exitCode == 0, error);
            Assert.Contains($"copied by the running bot, process {bot.ProcessId} ", output, StringComparison.Ordinal);
            bot.Kill();
        }

        var restored = Path.Combine(_root, "restored");
        Directory.CreateDirectory(restored);
        File.Copy(backup, Path.Combine(restored, "incidentbot.db"));
        AssertHoldsEveryKindOfRecord(backup);
        using var restoredBot = new BotProcess(restored, _settings);
        await restoredBot.StartAsync();
        foreach (var number in answeredBefore)
        {
            Assert.Equal($"before-{number - 1}", (await restoredBot.IncidentAsync(number))?.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Backup_NoBotRunning_CopiesTheFolderItself_AndStillRefusesAnExistingOut()
    {
        Directory.CreateDirectory(_root);
        using (var bot = new BotProcess(DataFolder, _settings))
        {
            await bot.StartAsync();
            Assert.Equal(1, await bot.OpenIncidentAsync("before-0"));
            bot.Kill();
        }

        var backup = Path.Combine(_root, "incidentbot-backup.db");
        var (exitCode, output, error) = await RunBackupAsync("--out", backup);
        Assert.True(exitCode == 0, error);
        Assert.Contains("no bot was running", output, StringComparison.Ordinal);

        var again = await RunBackupAsync("--out", backup);
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("exists already", Assert.Single(Lines(again.Error)), StringComparison.Ordinal);

        var restored = Path.Combine(_root, "restored");
        Directory.CreateDirectory(restored);
        File.Copy(backup, Path.Combine(restored, "incidentbot.db"));
        using var restoredBot = new BotProcess(restored, _settings);
        await restoredBot.StartAsync();
        Assert.Equal("before-0", (await restoredBot.IncidentAsync(1))?.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Backup_OutInAMissingFolder_StopsWithOneLineAndWritesNothing()
    {
        Directory.CreateDirectory(DataFolder);
        var missing = Path.Combine(_root, "no-such-folder", "backup.db");

        var (exitCode, _, error) = await RunBackupAsync("--out", missing);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("does not exist", Assert.Single(Lines(error)), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The backup is the whole database: incidents, their timelines, the outbox and Hangfire's jobs.</summary>
    private static void AssertHoldsEveryKindOfRecord(string backup)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = backup, ReadOnly = true });
        foreach (var collection in new[] { "incidents", "timeline", "outbox", "hf_job" })
        {
            Assert.True(database.GetCollection(collection).Count() > 0, $"the backup has no {collection}");
        }
    }

    /// <summary>Runs <c>IncidentBot backup …</c> as its own process on the data folder, as a person would.</summary>
    private async Task<(int ExitCode, string Output, string Error)> RunBackupAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "IncidentBot.dll"), "backup", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["IncidentBot__DataFolder"] = DataFolder;
        using var never = new CancellationTokenSource(Poll.Timeout);
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(never.Token);
        var error = process.StandardError.ReadToEndAsync(never.Token);
        await process.WaitForExitAsync(never.Token);
        return (process.ExitCode, await output, await error);
    }
}
