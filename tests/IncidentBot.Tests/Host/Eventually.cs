using System.Diagnostics;

namespace IncidentBot.Tests.Host;

/// <summary>
/// Waits for state the bot reaches in background jobs (Hangfire): reads every 50 ms, gives up after 5 s.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Reads until <paramref name="reached"/> holds and returns that value; throws naming <paramref name="what"/> otherwise.</summary>
    public static async Task<T> ReachedAsync<T>(Func<Task<T>> read, Func<T, bool> reached, string what)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(reached);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (reached(value))
            {
                return value;
            }

            if (waited.Elapsed > Timeout)
            {
                throw new TimeoutException($"Waited {Timeout.TotalSeconds:0} s and never saw: {what}.");
            }

            await Task.Delay(Interval);
        }
    }
}
