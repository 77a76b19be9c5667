namespace IncidentBot.Core.Incidents;

/// <summary>Who was paged at which escalation level, who could not be reached, and when nobody was on call.</summary>
public sealed partial class Incident
{
    /// <summary>
    /// Records that a level of the escalation policy was paged (or, with level 0, people paged by hand,
    /// which does not move the escalation timer).
    /// </summary>
    public void RecordPaged(int level, IReadOnlyList<string> personIds, string text, DateTimeOffset at, string? by, bool escalation)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        if (level > State.PagedLevel)
        {
            State.PagedLevel = level;
            State.LastPagedAt = at;
            State.UnreachedPeople.Clear();
            State.LevelPeople.Clear();
        }

        if (level > 0 && level == State.PagedLevel)
        {
            State.LevelPeople.AddRange(personIds.Where(p => !State.LevelPeople.Contains(p)));
        }

        State.PagedPeople.AddRange(personIds.Where(p => !State.PagedPeople.Contains(p)));
        Record(escalation ? TimelineKind.Escalated : TimelineKind.Paged, text, at, by);
    }

    /// <summary>
    /// Records that no level from the one due on had anybody on call (their schedules were empty then): the chain has
    /// run out at <paramref name="pastLastLevel"/>, as when every level was paged, and people must page by hand.
    /// </summary>
    public void RecordNobodyOnCall(int pastLastLevel, string text, DateTimeOffset at, bool escalation)
    {
        if (pastLastLevel > State.PagedLevel)
        {
            State.PagedLevel = pastLastLevel;
            State.LastPagedAt = at;
            State.UnreachedPeople.Clear();
            State.LevelPeople.Clear();
        }

        Record(escalation ? TimelineKind.Escalated : TimelineKind.Paged, text, at, by: null);
    }

    /// <summary>
    /// Records that the platform refused a page for good. A page of the level the incident waits on counts against
    /// that level: see <see cref="NobodyReachedAtPagedLevel"/>.
    /// </summary>
    public void RecordPageFailed(string personId, int level, string text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(personId);
        if (level > 0 && level == State.PagedLevel && !State.UnreachedPeople.Contains(personId))
        {
            State.UnreachedPeople.Add(personId);
        }

        Record(TimelineKind.PageFailed, text, at);
    }

    /// <summary>
    /// Whether the incident waits for an acknowledgement from a level none of whose paged people
    /// (<see cref="IncidentState.LevelPeople"/>) was reached: waiting longer would wait for people who do not know.
    /// </summary>
    public bool NobodyReachedAtPagedLevel() =>
        Status == IncidentStatus.Triggered && State.PagedLevel > 0 && State.LevelPeople.Count > 0
            && State.LevelPeople.All(State.UnreachedPeople.Contains);
}
