using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentBot.Tests.Process;

/// <summary>
/// The bot killed with SIGKILL right after answering in the local workspace: what it answered 200 for is there after
/// the restart, and a simulated rollback it had started finishes.
/// </summary>
public sealed class LocalKillRestartTests : IDisposable
{
    private const string ChangesToken = "process-changes-token";
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-local-kill-{Guid.NewGuid():N}");

    [Fact]
    public async Task Killed_RightAfterAMessageWasAnswered_KeepsItAndFinishesTheSimulatedRollback()
    {
        string channel, lastWords;
        using (var first = new BotProcess(_dataFolder, Settings(takes: "00:30:00")))
        {
            await first.StartAsync();
            await SendAsync(first, "/changes", new { service = "checkout", version = "2.0", previous = "1.9" }, ChangesToken);
            await SendAsync(first, "/local/say", new { @as = "oncall", text = "/incident declare Checkout down" });
            JsonElement? incident = null;
            await Poll.UntilAsync(async () => (incident = await first.IncidentAsync(1)) is { } i && i.GetProperty("channel").ValueKind == JsonValueKind.String, "INC-1 never got its channel");
            channel = incident!.Value.GetProperty("channel").GetString()!;
            await SendAsync(first, "/local/say", new { @as = "oncall", channel, text = "/incident rollback checkout" });
            await SendAsync(first, "/local/press", new { @as = "oncall", button = "confirm" });
            await Poll.UntilAsync(async () => Kinds(await first.IncidentAsync(1)).Contains("rollback-started"), "the rollback never started");
            lastWords = (await SendAsync(first, "/local/say", new { @as = "oncall", channel, text = "the last thing said before the kill" })).GetProperty("messageId").GetString()!;
            first.Kill();
        }

        using var second = new BotProcess(_dataFolder, Settings(takes: "00:00:01"));
        await second.StartAsync();

        var messages = await GetAsync(second, $"/local/{channel}?as=oncall");
        Assert.Contains(messages.EnumerateArray(), m => m.GetProperty("id").GetString() == lastWords && m.GetProperty("text").GetString() == "the last thing said before the kill");
        await Poll.UntilAsync(async () => Kinds(await second.IncidentAsync(1)).Contains("rollback-succeeded"), "the simulated rollback never finished after the restart");
        Assert.Contains(
            (await GetAsync(second, $"/local/{channel}?as=oncall")).EnumerateArray(),
            m => m.GetProperty("text").GetString()!.StartsWith("*Rollback of checkout from 2.0 to 1.9 succeeded: the simulated deploy system", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    private static Dictionary<string, string> Settings(string takes) => new()
    {
        ["Changes__Token"] = ChangesToken,
        ["Deploys__Simulated__Takes"] = takes,
    };

    private static async Task<JsonElement> SendAsync(BotProcess bot, string path, object body, string token = BotProcess.ApiToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await bot.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> GetAsync(BotProcess bot, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotProcess.ApiToken);
        using var response = await bot.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static List<string> Kinds(JsonElement? incident) =>
        incident is { } found ? [.. found.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)] : [];
}
