namespace IncidentBot.Tests.Process;

public sealed class DataFolderLockTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-lock-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _settings = [];

    [Fact]
    public async Task SecondBot_OnTheSameDataFolder_StopsWithOneLineNamingFolderAndHolder_WhileTheFirstKeepsServing()
    {
        using (var first = new BotProcess(_dataFolder, _settings))
        {
            await first.StartAsync();
            Assert.Equal(1, await first.OpenIncidentAsync("disk-full"));

            // Two separate processes: .NET's FileShare.None is an flock on Linux, so this is what proves it excludes.
            using var second = new BotProcess(_dataFolder, _settings);
            var (exitCode, error) = await second.StartExpectingExitAsync();

            Assert.NotEqual(0, exitCode);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains(Path.GetFullPath(_dataFolder), line, StringComparison.Ordinal);
            Assert.Contains($"process {first.ProcessId} ", line, StringComparison.Ordinal);
            Assert.Equal(2, await first.OpenIncidentAsync("queue-backlog"));
            first.Kill();
        }

        using var restarted = new BotProcess(_dataFolder, _settings);
        await restarted.StartAsync();
        Assert.Equal("disk-full", (await restarted.IncidentAsync(1))?.GetProperty("title").GetString());
        Assert.Equal("queue-backlog", (await restarted.IncidentAsync(2))?.GetProperty("title").GetString());
        Assert.Equal(3, await restarted.OpenIncidentAsync("third"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
