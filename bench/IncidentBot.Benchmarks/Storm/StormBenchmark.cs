using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Benchmarks.Notes;
using IncidentBot.Slack.Testing;

namespace IncidentBot.Benchmarks.Storm;

/// <summary>
/// Alert → channel and alert → page latencies during alert storms: the bot's own binary on Slack (default
/// pacing, one message a second per channel) against a fake Slack that answers every call after
/// <see cref="SlackLatency"/>, one person on call. Each round starts a fresh bot and fake Slack: first 20 new
/// alert groups, one every half second; then a storm of new groups sent as fast as 8 connections go. Times are
/// from sending the alert to the fake Slack receiving the call (<c>conversations.create</c> of the channel, the
/// first <c>chat.postMessage</c> carrying the page).
/// </summary>
public static class StormBenchmark
{
    public static readonly TimeSpan SlackLatency = TimeSpan.FromMilliseconds(50);

    private const int PacedIncidents = 20;
    private const int StormSenders = 8;
    private const string OnCallSlackId = "U0ADA";
    private static readonly TimeSpan PacedInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(int rounds, int stormIncidents, TimeSpan stormCap, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fake Slack answers every call after {SlackLatency.TotalMilliseconds:F0} ms; {rounds} rounds; {Environment.ProcessorCount} cores; load {BenchBot.LoadAverage()}"));
        var paced = new List<StormRound>();
        var storms = new List<StormRound>();
        for (var round = 1; round <= rounds; round++)
        {
            var pacedRound = await RoundAsync(PacedIncidents, PacedInterval, TimeSpan.FromMinutes(2));
            output.WriteLine($"round {round}, {PacedIncidents} at 2/s: {pacedRound}");
            paced.Add(pacedRound);
            if (stormIncidents > 0)
            {
                var storm = await RoundAsync(stormIncidents, TimeSpan.Zero, stormCap);
                output.WriteLine($"round {round}, storm: {storm}");
                storms.Add(storm);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {rounds}, {PacedIncidents} at 2/s: channel p50 {Median(paced, r => r.ChannelP50):F2} s, p99 {Median(paced, r => r.ChannelP99):F2} s; " +
            $"page p50 {Median(paced, r => r.PageP50):F2} s, p99 {Median(paced, r => r.PageP99):F2} s"));
        if (storms.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of {rounds}, storm of {stormIncidents}: every page after {Median(storms, r => r.LastPageAfterFirstAlert):F1} s " +
                $"({storms.Count(r => r.Complete)} of {storms.Count} rounds complete within {stormCap.TotalMinutes:F0} min); " +
                $"page p50 {Median(storms, r => r.PageP50):F1} s, p99 {Median(storms, r => r.PageP99):F1} s; channel p50 {Median(storms, r => r.ChannelP50):F1} s, p99 {Median(storms, r => r.ChannelP99):F1} s"));
        }

        output.WriteLine($"load at the end {BenchBot.LoadAverage()}");
        return paced.Concat(storms).All(r => r.Complete) ? 0 : 1;
    }

    private static async Task<StormRound> RoundAsync(int incidents, TimeSpan interval, TimeSpan cap)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.BotToken = "xoxb-bench";
        slack.Latency = SlackLatency;
        slack.AddUser(OnCallSlackId, "ada", "ada@example.com", "Ada Mensah");
        var data = Directory.CreateTempSubdirectory("incidentbot-storm-");
        try
        {
            using var bot = await HostProcess.StartAsync(Settings(slack, data.FullName));
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = StormSenders }) { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
            var sending = Stopwatch.StartNew();
            var sent = await SendAsync(client, incidents, interval);
            var sendingTook = sending.Elapsed;
            var firstAlert = sent.Values.Min();
            var deadline = firstAlert + cap;
            while (StormSlack.PagesTo(slack, OnCallSlackId).Paged.Count < incidents && Now() < deadline)
            {
                await Task.Delay(100);
            }

            var created = StormSlack.ChannelsCreated(slack);
            var (paged, messages) = StormSlack.PagesTo(slack, OnCallSlackId);
            return new StormRound(
                incidents,
                [.. sent.Where(s => created.ContainsKey(s.Key)).Select(s => created[s.Key] - s.Value)],
                [.. sent.Where(s => paged.ContainsKey(s.Key)).Select(s => paged[s.Key] - s.Value)],
                sendingTook,
                paged.Count == 0 ? TimeSpan.Zero : paged.Values.Max() - firstAlert,
                messages,
                BenchBot.LoadAverage());
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>Sends one new alert group per incident (every <paramref name="interval"/>, or as fast as the senders go when zero); returns when each incident's alert was sent.</summary>
    private static async Task<ConcurrentDictionary<int, DateTimeOffset>> SendAsync(HttpClient client, int incidents, TimeSpan interval)
    {
        var sent = new ConcurrentDictionary<int, DateTimeOffset>();
        var next = 0;
        var start = Stopwatch.GetTimestamp();
        var senders = interval > TimeSpan.Zero ? 1 : StormSenders;
        await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(async () =>
        {
            for (var index = Interlocked.Increment(ref next); index <= incidents; index = Interlocked.Increment(ref next))
            {
                var due = interval * (index - 1) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due);
                }

                var at = Now();
                sent[await AlertAsync(client, index)] = at;
            }
        })));
        return sent;
    }

    private static async Task<int> AlertAsync(HttpClient client, int index)
    {
        var id = "storm-" + index.ToString(CultureInfo.InvariantCulture);
        using var alert = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic")
        {
            Content = JsonContent.Create(new { title = $"Storm alert {index} on checkout", status = "firing", id, groupKey = id, service = "checkout", severity = "sev2", startsAt = Now() }),
        };
        alert.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BenchBot.Token);
        using var response = await client.SendAsync(alert);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.GetProperty("opened")[0].GetInt32();
    }

    private static double Median(List<StormRound> rounds, Func<StormRound, TimeSpan> value) =>
        Percentile.Median(rounds.Select(value)).TotalSeconds;

    private static DateTimeOffset Now() => TimeProvider.System.GetUtcNow();

    private static Dictionary<string, string> Settings(FakeSlackServer slack, string dataFolder)
    {
        var settings = BenchBot.Settings(slack, dataFolder);
        settings["OnCall__EscalateAfter"] = "01:00:00";
        return settings;
    }
}
