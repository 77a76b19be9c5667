namespace IncidentBot.Teams.Graph;

/// <summary>
/// The fields of a Graph <c>channel</c> the bot reads
/// (<see href="https://learn.microsoft.com/graph/api/resources/channel"/>): its id is the channel's Teams id
/// (<c>19:…@thread.tacv2</c>), the one the Bot Connector starts threads in.
/// </summary>
public sealed record GraphChannel(string Id, string? DisplayName, string? Description, DateTimeOffset? CreatedDateTime);
