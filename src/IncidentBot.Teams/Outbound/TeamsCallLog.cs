namespace IncidentBot.Teams.Outbound;

/// <summary>
/// The recent calls to one conversation (or the tenant), in as little memory as the windows allow: the times of the
/// last <see cref="ExactCalls"/> calls exactly, which is all a window of at most that many calls needs; for a larger
/// window (1,800 an hour) a count per sixtieth of the window, each call counted as if made at the end of its slot,
/// so the log may make a caller wait up to one slot (a minute in the hour) longer than Teams would, never shorter.
/// At most <see cref="ExactCalls"/> times and 61 slots per window are kept, whatever the traffic. Not thread-safe:
/// <see cref="TeamsSendPacer"/> holds its lock around it.
/// </summary>
internal sealed class TeamsCallLog(IReadOnlyList<TeamsRateWindow> windows)
{
    public const int ExactCalls = 64;
    private const int SlotsPerWindow = 60;

    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Dictionary<TeamsRateWindow, List<(DateTimeOffset Start, int Count)>> _slots =
        windows.Where(w => w.MaxCalls > ExactCalls).ToDictionary(w => w, _ => new List<(DateTimeOffset, int)>());

    /// <summary>True when the log remembers no call that still counts at <paramref name="now"/> (it can be dropped).</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        Forget(now);
        return _recent.Count == 0 && _slots.Values.All(s => s.Count == 0);
    }

    /// <summary>The earliest time, not before <paramref name="now"/>, at which one more call stays within every window.</summary>
    public DateTimeOffset NextFree(DateTimeOffset now)
    {
        Forget(now);
        var free = now;
        foreach (var window in windows)
        {
            var turn = window.MaxCalls > ExactCalls ? SlottedTurn(window, now) : ExactTurn(window, now);
            free = turn > free ? turn : free;
        }

        return free;
    }

    public void Add(DateTimeOffset at)
    {
        _recent.Enqueue(at);
        while (_recent.Count > ExactCalls)
        {
            _recent.Dequeue();
        }

        foreach (var (window, slots) in _slots)
        {
            var width = window.Period / SlotsPerWindow;
            var start = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % width.Ticks), TimeSpan.Zero);
            if (slots.Count > 0 && slots[^1].Start == start)
            {
                slots[^1] = (start, slots[^1].Count + 1);
            }
            else
            {
                slots.Add((start, 1));
            }
        }
    }

    /// <summary>The call <see cref="TeamsRateWindow.MaxCalls"/> back must be a whole period old before the next one.</summary>
    private DateTimeOffset ExactTurn(TeamsRateWindow window, DateTimeOffset now)
    {
        var inWindow = _recent.Where(t => t > now - window.Period).ToList();
        return inWindow.Count < window.MaxCalls ? now : inWindow[^window.MaxCalls] + window.Period;
    }

    /// <summary>As <see cref="ExactTurn"/>, over slots: the oldest slots must leave the window until one more call fits.</summary>
    private DateTimeOffset SlottedTurn(TeamsRateWindow window, DateTimeOffset now)
    {
        var width = window.Period / SlotsPerWindow;
        var slots = _slots[window];
        var counted = slots.Sum(s => s.Count);
        foreach (var (start, count) in slots)
        {
            if (counted < window.MaxCalls)
            {
                break;
            }

            counted -= count;
            if (counted < window.MaxCalls)
            {
                return start + width + window.Period;
            }
        }

        return now;
    }

    /// <summary>Drops what no window counts any more.</summary>
    private void Forget(DateTimeOffset now)
    {
        var longestExact = windows.Where(w => w.MaxCalls <= ExactCalls).Select(w => w.Period).DefaultIfEmpty(TimeSpan.Zero).Max();
        while (_recent.Count > 0 && _recent.Peek() <= now - longestExact)
        {
            _recent.Dequeue();
        }

        foreach (var (window, slots) in _slots)
        {
            var width = window.Period / SlotsPerWindow;
            slots.RemoveAll(s => s.Start + width + window.Period <= now);
        }
    }
}
