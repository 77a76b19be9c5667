namespace IncidentBot.Playground.Tests;

/// <summary>
/// Waits for an outcome the system reaches on its own, failing with a message. The wait only bounds an outcome that
/// never comes, generously, so a loaded machine cannot fail it: how long the outcome takes is never asserted.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task UntilAsync(Func<Task<bool>> condition, string failure)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var never = new CancellationTokenSource(Timeout);
        while (!await condition())
        {
            if (never.IsCancellationRequested)
            {
                throw new TimeoutException(failure);
            }

            await Task.Delay(100);
        }
    }
}
