using IncidentBot.Core.Time;

namespace IncidentBot.Core.OnCall;

/// <summary>
/// One rotation of a schedule: <see cref="People"/> take turns of <see cref="Length"/>, the first turn beginning on
/// <see cref="Start"/> at <see cref="HandOff"/> (wall-clock time in the schedule's zone), each next turn at the next
/// hand-off. With a <see cref="Window"/> the layer is on duty only inside it (weekdays 09:00–17:00), leaving the rest to
/// the layers below. Before its start a layer has nobody.
/// </summary>
public sealed record ScheduleLayer(string Name, IReadOnlyList<string> People, RotationLength Length, DateOnly Start, TimeOnly HandOff, ShiftWindow? Window = null)
{
    /// <summary>Who is on duty in this layer at <paramref name="at"/>, or null (before the start, or outside the window).</summary>
    public string? PersonAt(DateTimeOffset at, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (People.Count == 0 || (Window is not null && !Window.Covers(zone.ToLocal(at).DateTime)))
        {
            return null;
        }

        var turn = TurnAt(at, zone);
        return turn < 0 ? null : People[(int)(turn % People.Count)];
    }

    /// <summary>The instants in [<paramref name="from"/>, <paramref name="to"/>) where this layer may change hands: hand-offs and window edges.</summary>
    public IEnumerable<DateTimeOffset> ChangesBetween(DateTimeOffset from, DateTimeOffset to, DisplayZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        for (var turn = Math.Max(0, TurnAt(from, zone) + 1); TurnStart(turn, zone) is var start && start < to; turn++)
        {
            yield return start;
        }

        if (Window is null)
        {
            yield break;
        }

        var firstDay = DateOnly.FromDateTime(zone.ToLocal(from).DateTime).AddDays(-1);
        var lastDay = DateOnly.FromDateTime(zone.ToLocal(to).DateTime);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            foreach (var edge in Window.EdgesOn(day).Select(zone.FromLocal).Where(e => e >= from && e < to))
            {
                yield return edge;
            }
        }
    }

    /// <summary>
    /// The shortest stretch one turn of this layer can last: its rotation (an hour less for days and weeks, for the night
    /// the clocks go forward), or its window when that is shorter.
    /// </summary>
    public TimeSpan ShortestTurn
    {
        get
        {
            var turn = Length.Unit == RotationUnit.Hours ? TimeSpan.FromHours(Length.Count) : TimeSpan.FromDays(Length.Days) - TimeSpan.FromHours(1);
            return Window is null ? turn : TimeSpan.FromTicks(Math.Min(turn.Ticks, Window.Length.Ticks));
        }
    }

    /// <summary>The number of the turn running at <paramref name="at"/>: 0 the first, negative before the start.</summary>
    private long TurnAt(DateTimeOffset at, DisplayZone zone)
    {
        var first = TurnStart(0, zone);
        if (at < first)
        {
            return -1;
        }

        var guess = Length.Unit == RotationUnit.Hours
            ? (long)((at - first).TotalHours / Length.Count)
            : (long)((zone.ToLocal(at).DateTime - Anchor).TotalDays / Length.Days);

        // Wall-clock arithmetic is off by at most one turn around a DST change; the starts decide.
        while (guess > 0 && at < TurnStart(guess, zone))
        {
            guess--;
        }

        while (at >= TurnStart(guess + 1, zone))
        {
            guess++;
        }

        return guess;
    }

    private DateTime Anchor => Start.ToDateTime(HandOff);

    private DateTimeOffset TurnStart(long turn, DisplayZone zone) => Length.Unit == RotationUnit.Hours
        ? zone.FromLocal(Anchor).AddHours(turn * Length.Count)
        : zone.FromLocal(Anchor.AddDays(turn * Length.Days));
}
