using System.Text.Json;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Process;

public sealed class KillRestartTests : IDisposable
{
    private static readonly TimeSpan EscalateAfter = TimeSpan.FromSeconds(8);
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-kill-{Guid.NewGuid():N}");

    [Fact]
    public async Task KilledWhileWaitingToEscalate_AfterRestart_EscalatesOnceAndNotEarly()
    {
        var settings = new Dictionary<string, string> { ["OnCall__EscalateAfter"] = EscalateAfter.ToString() };
        using (var first = new BotProcess(_dataFolder, settings))
        {
            await first.StartAsync();
            var accepted = await first.PostAlertAsync(TestPayloads.Bytes("Fixtures", "alerts", "alertmanager.json"));
            Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
            await Poll.UntilAsync(async () => Count(await first.IncidentAsync(1), "paged") == 1, "level 1 was never paged");
            first.Kill();
        }

        using var second = new BotProcess(_dataFolder, settings);
        await second.StartAsync();
        await Poll.UntilAsync(async () => Count(await second.IncidentAsync(1), "escalated") >= 1, "the escalation never happened after the restart");
        await Task.Delay(EscalateAfter + TimeSpan.FromSeconds(2));

        var incident = (await second.IncidentAsync(1))!.Value;
        Assert.Equal(1, Count(incident, "escalated"));
        var paged = At(incident, "paged");
        var escalated = At(incident, "escalated");
        Assert.True(escalated - paged >= EscalateAfter, $"escalated {escalated - paged} after the page, before it was due");
        Assert.Contains("Backup engineer", Entry(incident, "escalated").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private static int Count(JsonElement? incident, string kind) =>
        incident is { } found ? found.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == kind) : 0;

    private static JsonElement Entry(JsonElement incident, string kind) =>
        incident.GetProperty("timeline").EnumerateArray().First(e => e.GetProperty("kind").GetString() == kind);

    private static DateTimeOffset At(JsonElement incident, string kind) => Entry(incident, kind).GetProperty("at").GetDateTimeOffset();
}
