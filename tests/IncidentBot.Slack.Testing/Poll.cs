using System.Diagnostics;

namespace IncidentBot.Slack.Testing;

/// <summary>Waits for what the code under test does on other threads: looks every 10 ms, gives up after 10 s.</summary>
public static class Poll
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The first non-null value of <paramref name="read"/>; throws naming <paramref name="what"/> when none came in time.</summary>
    public static async Task<T> UntilAsync<T>(Func<T?> read, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (read() is { } value)
            {
                return value;
            }

            if (waited.Elapsed > Timeout)
            {
                throw new TimeoutException($"Waited {Timeout.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until <paramref name="holds"/> is true.</summary>
    public static Task UntilAsync(Func<bool> holds, string what)
    {
        ArgumentNullException.ThrowIfNull(holds);
        return UntilAsync(() => holds() ? what : null, what);
    }
}
