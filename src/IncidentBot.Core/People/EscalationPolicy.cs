namespace IncidentBot.Core.People;

/// <summary>
/// Who is paged, in levels: level 1 first; when nobody acknowledged within <see cref="EscalateAfter"/>,
/// the next level is paged too. A level names people by id, or schedules as <c>schedule:&lt;name&gt;</c>: those
/// page whoever the schedule has on call at that moment (<see cref="OnCall.OnCallRoster"/>).
/// </summary>
public sealed record EscalationPolicy(TimeSpan EscalateAfter, IReadOnlyList<IReadOnlyList<string>> Levels)
{
    public const string SchedulePrefix = "schedule:";

    public int LevelCount => Levels.Count;

    /// <summary>The entries of a 1-based level: person ids and <c>schedule:&lt;name&gt;</c>.</summary>
    public IReadOnlyList<string> PeopleAt(int level) =>
        level >= 1 && level <= Levels.Count ? Levels[level - 1] : [];

    /// <summary>Whether a 1-based level names the schedule (<c>schedule:&lt;name&gt;</c>, any case).</summary>
    public bool NamesSchedule(int level, string schedule) =>
        PeopleAt(level).Any(e => string.Equals(ScheduleIn(e), schedule, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether any level names the schedule.</summary>
    public bool NamesSchedule(string schedule) => Enumerable.Range(1, LevelCount).Any(level => NamesSchedule(level, schedule));

    /// <summary>The schedule's name when a level's entry names one (<c>schedule:primary</c>); null for a person id.</summary>
    public static string? ScheduleIn(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.StartsWith(SchedulePrefix, StringComparison.OrdinalIgnoreCase) ? entry[SchedulePrefix.Length..].Trim() : null;
    }
}
