namespace IncidentBot.Core.OnCall;

/// <summary>
/// When a layer is on duty, in the schedule's wall-clock time: on the given days, from <see cref="From"/> to
/// <see cref="To"/>. A window whose end is not after its start runs overnight into the next day (Friday 18:00 to
/// 09:00 is Friday evening to Saturday morning); <c>00:00</c> to <c>00:00</c> is the whole day.
/// </summary>
public sealed record ShiftWindow(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    public bool Overnight => To <= From;

    /// <summary>How long the window is open from one of its days, by the wall clock; <c>00:00</c> to <c>00:00</c> is a whole day.</summary>
    public TimeSpan Length => To == From ? TimeSpan.FromDays(1) : To - From; // TimeOnly subtraction wraps past midnight

    /// <summary>Whether the window covers a local wall-clock time.</summary>
    public bool Covers(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (!Overnight)
        {
            return Days.Contains(local.DayOfWeek) && time >= From && time < To;
        }

        return (Days.Contains(local.DayOfWeek) && time >= From) || (Days.Contains(local.AddDays(-1).DayOfWeek) && time < To);
    }

    /// <summary>The local wall-clock times the window opens or closes on <paramref name="day"/>.</summary>
    public IEnumerable<DateTime> EdgesOn(DateOnly day)
    {
        if (Days.Contains(day.DayOfWeek))
        {
            yield return day.ToDateTime(From);
            yield return Overnight ? day.AddDays(1).ToDateTime(To) : day.ToDateTime(To);
        }
    }
}
