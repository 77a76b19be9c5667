using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Slack.Testing;

namespace IncidentBot.Benchmarks.Notes;

/// <summary>
/// Signed <c>/incident note</c> requests against the same host's bare endpoint (<c>GET /healthz</c>), side by
/// side: rounds alternate between the two on one running bot (its own binary, on Slack against a fake Slack on
/// loopback, default storage), 32 connections each. A note is answered only after it is stored; at the end
/// every answered note is counted on the incident's timeline and in the fake Slack.
/// </summary>
public static class NoteBenchmark
{
    public const int Connections = 32;

    private const string SigningSecret = "bench-signing-secret";
    private const string Token = "bench-token";

    public static async Task<int> RunAsync(int rounds, TimeSpan duration, TextWriter output)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.BotToken = "xoxb-bench";
        slack.AddUser("U0ADA", "ada", "ada@example.com", "Ada Mensah");
        var data = Directory.CreateTempSubdirectory("incidentbot-bench-");
        try
        {
            using var bot = await HostProcess.StartAsync(Settings(slack, data.FullName));
            using var client = Client(bot.BaseAddress);
            var channel = await OpenIncidentAsync(client, slack);
            var notes = new SignedNotes(SigningSecret, channel, "U0ADA");
            output.WriteLine($"{Connections} connections, {rounds} rounds of {duration.TotalSeconds:F0} s each, alternating; {Environment.ProcessorCount} cores");

            await RoundsAsync(client, notes, 1, TimeSpan.FromSeconds(3), TextWriter.Null);
            var results = await RoundsAsync(client, notes, rounds, duration, output);
            Summarize(results, output);
            return await CheckEveryNoteAsync(client, slack, channel, notes, output) ? 0 : 1;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<List<RoundResult>> RoundsAsync(HttpClient client, SignedNotes notes, int rounds, TimeSpan duration, TextWriter output)
    {
        var results = new List<RoundResult>();
        for (var round = 1; round <= rounds; round++)
        {
            var bare = await LoadRound.RunAsync("bare", client, Connections, duration, () => new HttpRequestMessage(HttpMethod.Get, "/healthz"), _ => true);
            var unstored = await LoadRound.RunAsync("unstored", client, Connections, duration, notes.Empty, body => body.Contains("Usage:", StringComparison.Ordinal));
            var note = await LoadRound.RunAsync("note", client, Connections, duration, notes.Next, body => body.Contains("Note recorded", StringComparison.Ordinal));
            output.WriteLine($"round {round}: {bare}");
            output.WriteLine($"round {round}: {unstored}");
            output.WriteLine($"round {round}: {note}");
            results.AddRange([bare, unstored, note]);
        }

        return results;
    }

    private static void Summarize(List<RoundResult> results, TextWriter output)
    {
        var bare = results.Where(r => r.Name == "bare").ToList();
        var unstored = results.Where(r => r.Name == "unstored").ToList();
        var note = results.Where(r => r.Name == "note").ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median bare: {Median(bare, r => r.PerSecond):F0}/s, p99 {Median(bare, r => r.P99):F2} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median signed, not stored: {Median(unstored, r => r.PerSecond):F0}/s, p50 {Median(unstored, r => r.P50):F2} ms, p99 {Median(unstored, r => r.P99):F2} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median note: {Median(note, r => r.PerSecond):F0}/s, p50 {Median(note, r => r.P50):F2} ms, p99 {Median(note, r => r.P99):F2} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"note/bare throughput: {100 * Median(note, r => r.PerSecond) / Median(bare, r => r.PerSecond):F0}%; errors: {results.Sum(r => r.Errors)}"));
    }

    private static double Median(List<RoundResult> results, Func<RoundResult, double> value)
    {
        var sorted = results.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<string> OpenIncidentAsync(HttpClient client, FakeSlackServer slack)
    {
        using var alert = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic")
        {
            Content = JsonContent.Create(new { title = "Checkout p99 above 2 s", status = "firing", id = "bench", service = "checkout", severity = "sev2", startsAt = DateTimeOffset.UtcNow }),
        };
        alert.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        (await client.SendAsync(alert)).EnsureSuccessStatusCode();
        var channel = await UntilAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null)?.Id, TimeSpan.FromSeconds(30), "the incident channel");
        await UntilAsync(async () => (await TimelineAsync(client)).Any(k => k == "channel-opened") ? channel : null, TimeSpan.FromSeconds(30), "the channel on the incident");
        return channel;
    }

    /// <summary>Every answered note is on the timeline (it was stored before the answer) and reaches Slack once.</summary>
    private static async Task<bool> CheckEveryNoteAsync(HttpClient client, FakeSlackServer slack, string channel, SignedNotes notes, TextWriter output)
    {
        var stored = (await TimelineAsync(client)).Count(k => k == "note");
        output.WriteLine($"notes sent {notes.Sent}, on the timeline {stored}");
        var drained = Stopwatch.StartNew();
        var messages = 0;
        int InSlack()
        {
            var posted = slack.Messages(channel).Where(m => m.Text?.Contains("load note", StringComparison.Ordinal) == true).ToList();
            messages = posted.Count;
            return posted.Sum(m => m.Text!.Split("load note").Length - 1);
        }

        var delivered = await UntilAsync(() => InSlack() >= stored ? (int?)InSlack() : null, TimeSpan.FromMinutes(5), "every note in Slack");
        output.WriteLine($"in Slack {delivered} notes in {messages} messages (the last {drained.Elapsed.TotalSeconds:F1} s after the load stopped); spec violations {slack.Violations.Count}");
        return stored == notes.Sent && delivered == stored && slack.Violations.Count == 0;
    }

    private static async Task<List<string>> TimelineAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/incidents/1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        var incident = await response.Content.ReadFromJsonAsync<JsonElement>();
        return incident.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToList();
    }

    private static Task<T> UntilAsync<T>(Func<T?> look, TimeSpan timeout, string what) =>
        UntilAsync(() => Task.FromResult(look()), timeout, what);

    private static async Task<T> UntilAsync<T>(Func<Task<T?>> look, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (await look() is { } seen)
            {
                return seen;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Never saw {what}.");
            }

            await Task.Delay(50);
        }
    }

    private static HttpClient Client(Uri baseAddress) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static Dictionary<string, string> Settings(FakeSlackServer slack, string dataFolder) => new()
    {
        ["IncidentBot__DataFolder"] = dataFolder,
        ["IncidentBot__ApiToken"] = Token,
        ["Alerts__generic__Token"] = Token,
        ["Slack__BotToken"] = "xoxb-bench",
        ["Slack__SigningSecret"] = SigningSecret,
        ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        ["Slack__PostInterval"] = "00:00:00",
        ["People__0__Email"] = "ada@example.com",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
