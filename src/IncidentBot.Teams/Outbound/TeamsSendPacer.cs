namespace IncidentBot.Teams.Outbound;

/// <summary>
/// Keeps the bot's calls to Teams under Teams' rate limits (<see cref="TeamsRateWindow"/>), so they are not answered 429
/// (<see href="https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit"/>): per conversation 7 a
/// second, 8 in 2 s, 60 in 30 s and 1,800 an hour, and 50 a second for the whole tenant, 1:1 pages included (Teams counts
/// every call of the app in the tenant). Teams counts a channel as one conversation, so the threads of a channel (every
/// incident's thread in the incidents channel) share the channel's limits. <see cref="NotBefore"/> tells when a
/// conversation can take its next call, so the outbox job comes back then instead of holding a worker;
/// <see cref="TryTake"/> counts a call just before it is made, and refuses it when another lane took the last free turn
/// meanwhile. Teams counts calls as they arrive, a little after they are counted here and not always equally late, so
/// every window is kept <see cref="Margin"/> longer than Teams' own. Time is the injected clock's; the state is this instance's (a singleton in DI); memory stays bounded
/// (<see cref="TeamsCallLog"/>), and conversations with no call left in any window are forgotten.
/// </summary>
public sealed class TeamsSendPacer(TimeProvider time)
{
    private const int SweepAbove = 256;

    private readonly Lock _gate = new();
    private readonly TeamsRateWindow[] _conversationWindows = [.. TeamsRateWindow.PerConversation.Select(WithMargin)];
    private readonly Dictionary<string, TeamsCallLog> _conversations = new(StringComparer.Ordinal);
    private readonly TeamsCallLog _tenant = new([.. TeamsRateWindow.PerTenant.Select(WithMargin)]);
    private int _sweepAt = SweepAbove;

    /// <summary>How much longer than Teams' each window is kept: more than a call's time on the way varies.</summary>
    public static TimeSpan Margin { get; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How many conversations the pacer remembers calls to (for tests of its memory).</summary>
    public int Remembered
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>
    /// When a call to <paramref name="conversation"/> (null: a call to no conversation yet, such as opening a 1:1 chat)
    /// can be made, if that is later than now; null when it can be made now. Nothing is reserved.
    /// </summary>
    public DateTimeOffset? NotBefore(string? conversation)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var turn = Turn(conversation, now);
            return turn > now ? turn : null;
        }
    }

    /// <summary>
    /// Counts a call to <paramref name="conversation"/> made now and returns true, or returns false with the time it
    /// could be made (<paramref name="notBefore"/>) when that would break a limit.
    /// </summary>
    public bool TryTake(string? conversation, out DateTimeOffset notBefore)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            notBefore = Turn(conversation, now);
            if (notBefore > now)
            {
                return false;
            }

            _tenant.Add(now);
            if (conversation is not null)
            {
                var key = Key(conversation);
                if (!_conversations.TryGetValue(key, out var log))
                {
                    SweepIfLarge(now);
                    _conversations[key] = log = new TeamsCallLog(_conversationWindows);
                }

                log.Add(now);
            }

            return true;
        }
    }

    /// <summary>Where Teams counts calls to <paramref name="conversation"/>: a thread's channel (<c>19:…;messageid=42</c> → <c>19:…</c>).</summary>
    public static string Key(string conversation) => TeamsAddressBook.ChannelOf(conversation);

    private static TeamsRateWindow WithMargin(TeamsRateWindow window) => window with { Period = window.Period + Margin };

    private DateTimeOffset Turn(string? conversation, DateTimeOffset now)
    {
        var turn = _tenant.NextFree(now);
        if (conversation is not null && _conversations.TryGetValue(Key(conversation), out var log) && log.NextFree(now) is var own && own > turn)
        {
            turn = own;
        }

        return turn;
    }

    /// <summary>Forgets conversations whose calls no window counts any more, once there are many (amortised: the bar doubles).</summary>
    private void SweepIfLarge(DateTimeOffset now)
    {
        if (_conversations.Count < _sweepAt)
        {
            return;
        }

        foreach (var idle in _conversations.Where(c => c.Value.IsIdle(now)).Select(c => c.Key).ToList())
        {
            _conversations.Remove(idle);
        }

        _sweepAt = Math.Max(SweepAbove, _conversations.Count * 2);
    }
}
