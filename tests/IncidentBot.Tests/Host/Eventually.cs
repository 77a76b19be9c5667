using System.Diagnostics;

namespace IncidentBot.Tests.Host;

/// <summary>
/// Waits for state the bot reaches in background jobs (Hangfire): reads every 50 ms. Giving up is only a bound on
/// the state never coming, generous so a loaded machine cannot fail it; how long it takes is never asserted.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

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
                throw new TimeoutException($"Waited {Timeout.TotalMinutes:0} min and never saw: {what}.");
            }

            await Task.Delay(Interval);
        }
    }
}
