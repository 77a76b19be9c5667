namespace IncidentBot.Core.OnCall;

/// <summary>
/// Someone covering a schedule for a while: <see cref="PersonId"/> is on call from <see cref="From"/> to
/// <see cref="To"/> instead of whoever the rotation says. With <see cref="Replaces"/> (a swap) it covers only the times
/// that person would have been on call. When overrides overlap, the one made last wins.
/// </summary>
public sealed record ScheduleOverride(
    string Id, string Schedule, string PersonId, DateTimeOffset From, DateTimeOffset To, string? Replaces, string CreatedBy, DateTimeOffset CreatedAt)
{
    public bool Covers(DateTimeOffset at, string? rotationPerson) =>
        at >= From && at < To && (Replaces is null || Replaces == rotationPerson);
}
