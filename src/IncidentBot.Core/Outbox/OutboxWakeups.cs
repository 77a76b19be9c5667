using System.Collections.Concurrent;

namespace IncidentBot.Core.Outbox;

/// <summary>
/// Which delivery lanes already have a delivery job waiting to start, so a burst of messages to one channel
/// schedules one job rather than one per message. A job marks its lane started before it lists what is
/// pending, so a message added after that wakes the lane again and nothing waits unseen. A lane the platform
/// asked to wait (Retry-After, backoff) is not delivered before then, however many messages wake it.
/// A job that finds its lane being delivered by another leaves word that there is more to look at
/// (<see cref="LookAgain"/>), and the job delivering the lane looks again before it lets go of it.
/// </summary>
public sealed class OutboxWakeups
{
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _lookAgain = new(StringComparer.Ordinal);
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

    /// <summary>The lane may have pending items nobody has listed yet.</summary>
    public void LookAgain(string platform, string lane) => _lookAgain[Key(platform, lane)] = 0;

    /// <summary>True (once) when the lane was asked to be looked at again since the last call.</summary>
    public bool TakeLookAgain(string platform, string lane) => _lookAgain.TryRemove(Key(platform, lane), out _);

    /// <summary>True when the lane was asked to be looked at again and nobody has taken that yet.</summary>
    public bool MustLookAgain(string platform, string lane) => _lookAgain.ContainsKey(Key(platform, lane));

    private static string Key(string platform, string lane) => $"{platform}/{lane}";
}
