namespace IncidentBot.Teams.Testing.Graph;

/// <summary>A channel in a team of <see cref="FakeGraph"/>.</summary>
public sealed record FakeGraphChannel(string TeamId, string Id, string DisplayName, string? Description, string MembershipType, DateTimeOffset CreatedAt);
