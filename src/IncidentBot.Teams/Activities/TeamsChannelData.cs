namespace IncidentBot.Teams.Activities;

/// <summary>
/// Teams' <c>channelData</c>: the team and channel of a channel activity, the tenant, and for conversation and
/// message events what happened (<see cref="EventType"/>: <c>teamMemberAdded</c>, <c>channelCreated</c>,
/// <c>editMessage</c>, <c>softDeleteMessage</c>…).
/// </summary>
public sealed record TeamsChannelData
{
    public TeamsChannelDataItem? Team { get; init; }

    public TeamsChannelDataItem? Channel { get; init; }

    public TeamsChannelDataItem? Tenant { get; init; }

    public string? EventType { get; init; }
}
