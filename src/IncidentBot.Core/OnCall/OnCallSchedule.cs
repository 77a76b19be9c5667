using IncidentBot.Core.Time;

namespace IncidentBot.Core.OnCall;

/// <summary>
/// Who is on call for a team, over time: layers of rotations in the schedule's time zone, a later layer covering the
/// ones before it wherever it has someone (a weekend layer over a weekly one; a daytime layer over a night one), and
/// overrides on top of all layers. Pure: the overrides are passed in, so the same question always has the same answer.
/// </summary>
public sealed class OnCallSchedule(string name, DisplayZone zone, IReadOnlyList<ScheduleLayer> layers)
{
    public const string OverrideSource = "override";

    /// <summary>How far <see cref="ShiftAt"/> looks back and ahead for the start and end of the shift running.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(35);

    public string Name { get; } = name;

    public DisplayZone Zone { get; } = zone;

    public IReadOnlyList<ScheduleLayer> Layers { get; } = layers;

    /// <summary>The shift running at <paramref name="at"/>, with its start and end (within <see cref="Horizon"/>); null when nobody is on call.</summary>
    public OnCallShift? ShiftAt(DateTimeOffset at, IReadOnlyCollection<ScheduleOverride> overrides) =>
        Shifts(at - Horizon, at + Horizon, overrides).FirstOrDefault(s => s.Start <= at && at < s.End);

    /// <summary>The shifts between two instants, in order, each as long as one person holds it for one reason; gaps where nobody is on call.</summary>
    public IReadOnlyList<OnCallShift> Shifts(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<ScheduleOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var mine = overrides.Where(o => o.Schedule == Name && o.To > from && o.From < to).ToList();
        var changes = Layers.SelectMany(l => l.ChangesBetween(from, to, Zone))
            .Concat(mine.SelectMany(o => new[] { o.From, o.To }).Where(t => t > from && t < to))
            .Append(from)
            .Distinct()
            .Order()
            .ToList();
        var shifts = new List<OnCallShift>();
        for (var i = 0; i < changes.Count; i++)
        {
            var end = i + 1 < changes.Count ? changes[i + 1] : to;
            if (Resolve(changes[i], mine) is not { } holder)
            {
                continue;
            }

            if (shifts.Count > 0 && shifts[^1] is var last && last.End == changes[i] && last.PersonId == holder.PersonId && last.Source == holder.Source && last.OverrideId == holder.OverrideId)
            {
                shifts[^1] = last with { End = end };
            }
            else
            {
                shifts.Add(new OnCallShift(Name, holder.PersonId, changes[i], end, holder.Source, holder.OverrideId));
            }
        }

        return shifts;
    }

    /// <summary>
    /// The hand-offs from <paramref name="from"/> to <paramref name="to"/> (both included), in order: each instant the
    /// person on call changes, as the layers and <paramref name="overrides"/> say.
    /// </summary>
    public IReadOnlyList<HandOff> HandOffs(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<ScheduleOverride> overrides)
    {
        // One person's consecutive shifts (a turn then an override by the same person) are one stretch on call.
        var runs = new List<OnCallShift>();
        foreach (var shift in Shifts(from.AddMinutes(-1), to + Horizon, overrides))
        {
            if (runs.Count > 0 && runs[^1] is var last && last.End == shift.Start && last.PersonId == shift.PersonId)
            {
                runs[^1] = last with { End = shift.End };
            }
            else
            {
                runs.Add(shift);
            }
        }

        var handOffs = new List<HandOff>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var after = i > 0 && runs[i - 1].End == run.Start ? runs[i - 1].PersonId : null;
            if (run.Start >= from && run.Start <= to)
            {
                handOffs.Add(new HandOff(Name, run.Start, after, run.PersonId, run.End));
            }

            var gapFollows = i + 1 == runs.Count || runs[i + 1].Start != run.End;
            if (gapFollows && run.End >= from && run.End <= to)
            {
                handOffs.Add(new HandOff(Name, run.End, run.PersonId, null, null));
            }
        }

        return handOffs;
    }

    /// <summary>The shortest time anyone can be on call in one turn of this schedule's layers (a DST night makes a daily turn an hour shorter).</summary>
    public TimeSpan ShortestTurn => Layers.Count == 0 ? TimeSpan.Zero : Layers.Min(l => l.ShortestTurn);

    private (string PersonId, string Source, string? OverrideId)? Resolve(DateTimeOffset at, List<ScheduleOverride> overrides)
    {
        (string PersonId, string Source)? rotation = null;
        for (var i = Layers.Count - 1; i >= 0 && rotation is null; i--)
        {
            if (Layers[i].PersonAt(at, Zone) is { } person)
            {
                rotation = (person, Layers[i].Name);
            }
        }

        var covering = overrides.Where(o => o.Covers(at, rotation?.PersonId)).MaxBy(o => o.CreatedAt);
        return covering is not null ? (covering.PersonId, OverrideSource, covering.Id) : rotation is { } r ? (r.PersonId, r.Source, null) : null;
    }
}
