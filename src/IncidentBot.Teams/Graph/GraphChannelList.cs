namespace IncidentBot.Teams.Graph;

/// <summary>A page of <c>GET /teams/{team-id}/channels</c>: Graph's <c>{"value":[…]}</c>.</summary>
internal sealed record GraphChannelList(IReadOnlyList<GraphChannel>? Value);
