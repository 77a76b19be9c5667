namespace IncidentBot.Teams.Graph;

/// <summary>The body of <c>POST /teams/{team-id}/channels</c> for a standard channel (<see href="https://learn.microsoft.com/graph/api/channel-post"/>).</summary>
internal sealed record GraphNewChannel(string DisplayName, string Description, string MembershipType = "standard");
