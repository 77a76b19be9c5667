using System.Diagnostics;

namespace IncidentBot.Benchmarks.Notes;

/// <summary>
/// A closed loop: <c>connections</c> workers each send a request, wait for the answer, and send the next,
/// until the round's time is up. Every answer's latency is kept; a non-2xx answer counts as an error.
/// </summary>
public static class LoadRound
{
    public static async Task<RoundResult> RunAsync(
        string name, HttpClient client, int connections, TimeSpan duration, Func<HttpRequestMessage> request, Func<string, bool> accepted)
    {
        var latencies = new List<double>[connections];
        var errors = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = [];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                using var message = request();
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(message).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (!response.IsSuccessStatusCode || !accepted(body))
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return RoundResult.From(name, latencies.SelectMany(l => l).ToList(), errors, elapsed);
    }
}
