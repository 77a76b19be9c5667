using System.Collections.Concurrent;

namespace IncidentBot.Core.Outbox;

/// <summary>
/// Which delivery lanes already have a delivery job waiting to start, so a burst of messages to one channel
/// schedules one job rather than one per message. A job marks its lane started before it lists what is
/// pending, so a message added after that wakes the lane again and nothing waits unseen. A lane the platform
/// asked to wait (Retry-After, backoff) is not delivered before then, however many messages wake it.
/// </summary>
public sealed class OutboxWakeups
{
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _notBefore = new(StringComparer.Ordinal);

    /// <summary>True when the caller should schedule a delivery job for the lane (none is waiting to start).</summary>
    public bool TryClaim(string platform, string lane) => _waiting.TryAdd(Key(platform, lane), 0);

    /// <summary>A delivery job of the lane has started (or could not be scheduled): the next message wakes the lane again.</summary>
    public void Started(string platform, string lane) => _waiting.TryRemove(Key(platform, lane), out _);

    /// <summary>The platform asked the lane to wait until <paramref name="until"/>.</summary>
    public void Defer(string platform, string lane, DateTimeOffset until) => _notBefore[Key(platform, lane)] = until;

    /// <summary>Until when the lane must wait, if the platform asked it to and that time is still ahead of <paramref name="now"/>.</summary>
    public DateTimeOffset? NotBefore(string platform, string lane, DateTimeOffset now)
    {
        var key = Key(platform, lane);
        if (!_notBefore.TryGetValue(key, out var until))
        {
            return null;
        }

        if (until > now)
        {
            return until;
        }

        _notBefore.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, until));
        return null;
    }

    private static string Key(string platform, string lane) => $"{platform}/{lane}";
}
