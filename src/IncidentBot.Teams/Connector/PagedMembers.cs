namespace IncidentBot.Teams.Connector;

/// <summary>One page of a conversation's members; ask again with <see cref="ContinuationToken"/> until it is null.</summary>
public sealed record PagedMembers(IReadOnlyList<TeamsMember> Members, string? ContinuationToken);
