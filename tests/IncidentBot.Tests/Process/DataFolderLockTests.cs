using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentBot.Tests.Process;

public sealed class DataFolderLockTests : IDisposable
{
    private const string GenericToken = "process-generic-token";
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-lock-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _settings = new() { ["Alerts__generic__Token"] = GenericToken };

    [Fact]
    public async Task SecondBot_OnTheSameDataFolder_StopsWithOneLineNamingFolderAndHolder_WhileTheFirstKeepsServing()
    {
        using (var first = new BotProcess(_dataFolder, _settings))
        {
            await first.StartAsync();
            Assert.Equal(1, await OpenAsync(first, "disk-full"));

            // Two separate processes: .NET's FileShare.None is an flock on Linux, so this is what proves it excludes.
            using var second = new BotProcess(_dataFolder, _settings);
            var (exitCode, error) = await second.StartExpectingExitAsync();

            Assert.NotEqual(0, exitCode);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains(Path.GetFullPath(_dataFolder), line, StringComparison.Ordinal);
            Assert.Contains($"process {first.ProcessId} ", line, StringComparison.Ordinal);
            Assert.Equal(2, await OpenAsync(first, "queue-backlog"));
            first.Kill();
        }

        using var restarted = new BotProcess(_dataFolder, _settings);
        await restarted.StartAsync();
        Assert.Equal("disk-full", (await restarted.IncidentAsync(1))?.GetProperty("title").GetString());
        Assert.Equal("queue-backlog", (await restarted.IncidentAsync(2))?.GetProperty("title").GetString());
        Assert.Equal(3, await OpenAsync(restarted, "third"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    /// <summary>Sends a generic alert of a group of its own; returns the number of the incident it opened.</summary>
    private static async Task<int> OpenAsync(BotProcess bot, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic")
        {
            Content = JsonContent.Create(new { title, id = title, groupKey = title, startsAt = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GenericToken);
        using var response = await bot.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opened")[0].GetInt32();
    }
}
