using System.Collections.Concurrent;

namespace IncidentBot.Core.Outbox;

/// <summary>
/// Which delivery lanes already have a delivery job waiting to start, so a burst of messages to one channel
/// schedules one job rather than one per message. A job marks its lane started before it lists what is
/// pending, so a message added after that wakes the lane again and nothing waits unseen.
/// </summary>
public sealed class OutboxWakeups
{
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);

    /// <summary>True when the caller should schedule a delivery job for the lane (none is waiting to start).</summary>
    public bool TryClaim(string platform, string lane) => _waiting.TryAdd(Key(platform, lane), 0);

    /// <summary>A delivery job of the lane has started (or could not be scheduled): the next message wakes the lane again.</summary>
    public void Started(string platform, string lane) => _waiting.TryRemove(Key(platform, lane), out _);

    private static string Key(string platform, string lane) => $"{platform}/{lane}";
}
