namespace IncidentBot.Core.People;

/// <summary>
/// Who is paged, in levels: level 1 first; when nobody acknowledges within <see cref="EscalateAfter"/>,
/// the next level is paged too.
/// </summary>
public sealed record EscalationPolicy(TimeSpan EscalateAfter, IReadOnlyList<IReadOnlyList<string>> Levels)
{
    public int LevelCount => Levels.Count;

    /// <summary>The person ids of a 1-based level.</summary>
    public IReadOnlyList<string> PeopleAt(int level) =>
        level >= 1 && level <= Levels.Count ? Levels[level - 1] : [];
}
