using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using IncidentBot.Benchmarks.Notes;
using IncidentBot.Slack.Testing;

namespace IncidentBot.Benchmarks.Drafts;

/// <summary>
/// Drafting the postmortem of a long incident: the bot's own binary on Slack against the fake Slack, an
/// incident with <c>notes</c> notes (signed <c>/incident note</c> commands, every one delivered to the channel
/// before drafting starts), then <c>/incident postmortem</c> a few times. Reported per draft: the time from the
/// command to the fake Slack receiving the finished upload (<c>files.completeUploadExternal</c>), the bot's peak
/// resident memory meanwhile (its peak is reset first, through <c>/proc/&lt;pid&gt;/clear_refs</c>) and what that
/// is above the memory it held before, and the document's size.
/// </summary>
public static class DraftBenchmark
{
    private const int Senders = 16;

    public static async Task<int> RunAsync(int notes, int drafts, TextWriter output)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.BotToken = "xoxb-bench";
        slack.AddUser("U0ADA", "ada", "ada@example.com", "Ada Mensah");
        var data = Directory.CreateTempSubdirectory("incidentbot-draft-");
        try
        {
            using var bot = await HostProcess.StartAsync(Settings(slack, data.FullName));
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Senders }) { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
            var channel = await OpenIncidentAsync(client, slack);
            var signed = new SignedNotes(BenchBot.SigningSecret, channel, "U0ADA");
            var sending = Stopwatch.StartNew();
            await SendNotesAsync(client, signed, notes);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{notes} notes stored in {sending.Elapsed.TotalSeconds:F0} s; load {BenchBot.LoadAverage()}"));
            await UntilAsync(() => NotesInSlack(slack, channel) >= notes, TimeSpan.FromMinutes(10), "every note in the channel");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"every note in the channel {sending.Elapsed.TotalSeconds:F0} s after the first"));

            var results = new List<(TimeSpan Took, long PeakKiB, long AboveKiB, int Bytes)>();
            for (var draft = 1; draft <= drafts; draft++)
            {
                var before = Memory(bot.Id, "VmRSS");
                await File.WriteAllTextAsync($"/proc/{bot.Id.ToString(CultureInfo.InvariantCulture)}/clear_refs", "5");
                var asked = Stopwatch.StartNew();
                using (var command = signed.Command("postmortem"))
                {
                    (await client.SendAsync(command)).EnsureSuccessStatusCode();
                }

                await UntilAsync(() => slack.Uploads.Count(u => u.Completed) >= draft, TimeSpan.FromMinutes(5), $"draft {draft} in Slack");
                var took = asked.Elapsed;
                var peak = Memory(bot.Id, "VmHWM");
                var bytes = slack.Uploads.Where(u => u.Completed).Last().Content?.Length ?? 0;
                results.Add((took, peak, peak - before, bytes));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"draft {draft}: in Slack {took.TotalSeconds:F2} s after the command; bot peak RSS {peak / 1024.0:F0} MiB, {(peak - before) / 1024.0:F0} MiB above before; document {bytes / 1024.0:F0} KiB; load {BenchBot.LoadAverage()}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of {drafts}: {Percentile.Median(results.Select(r => r.Took)).TotalSeconds:F2} s; peak RSS {Percentile.Median(results.Select(r => (double)r.PeakKiB)) / 1024:F0} MiB, " +
                $"{Percentile.Median(results.Select(r => (double)r.AboveKiB)) / 1024:F0} MiB above before; document {results[0].Bytes / 1024.0:F0} KiB"));
            return 0;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task SendNotesAsync(HttpClient client, SignedNotes signed, int notes) =>
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            while (signed.Sent < notes)
            {
                using var request = signed.Next();
                using var response = await client.SendAsync(request);
                response.EnsureSuccessStatusCode();
            }
        })));

    private static int NotesInSlack(FakeSlackServer slack, string channel) =>
        slack.Messages(channel).Sum(m => (m.Text ?? "").Split("load note").Length - 1);

    private static async Task<string> OpenIncidentAsync(HttpClient client, FakeSlackServer slack)
    {
        using var alert = new HttpRequestMessage(HttpMethod.Post, "/alerts/generic")
        {
            Content = JsonContent.Create(new { title = "Checkout p99 above 2 s", status = "firing", id = "bench", service = "checkout", severity = "sev2", startsAt = TimeProvider.System.GetUtcNow() }),
        };
        alert.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BenchBot.Token);
        (await client.SendAsync(alert)).EnsureSuccessStatusCode();
        string? channel = null;
        await UntilAsync(() => (channel = slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null)?.Id) is not null, TimeSpan.FromMinutes(1), "the incident channel");
        await UntilAsync(() => slack.Messages(channel!).Any(m => m.Blocks?.Any(b => b!["type"]!.GetValue<string>() == "header") == true), TimeSpan.FromMinutes(1), "the incident card");
        return channel!;
    }

    /// <summary>A line of <c>/proc/&lt;pid&gt;/status</c> in KiB (VmRSS: resident now, VmHWM: the peak since the last reset).</summary>
    private static long Memory(int pid, string field) =>
        File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status")
            .Where(line => line.StartsWith(field + ":", StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture))
            .Single();

    private static async Task UntilAsync(Func<bool> done, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!done())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Never saw {what}.");
            }

            await Task.Delay(20);
        }
    }

    private static Dictionary<string, string> Settings(FakeSlackServer slack, string dataFolder)
    {
        var settings = BenchBot.Settings(slack, dataFolder);
        settings["Slack__PostInterval"] = "00:00:00";
        settings["OnCall__EscalateAfter"] = "01:00:00";
        return settings;
    }
}
