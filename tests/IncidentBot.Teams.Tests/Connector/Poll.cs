using System.Diagnostics;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>Waits for what the code under test does on other threads: looks every 10 ms, gives up after <see cref="TestClock.Patience"/>.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> holds, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!holds())
        {
            if (waited.Elapsed > TestClock.Patience)
            {
                throw new TimeoutException($"Waited {TestClock.Patience.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(10);
        }
    }
}
