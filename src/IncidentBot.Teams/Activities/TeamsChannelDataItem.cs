namespace IncidentBot.Teams.Activities;

/// <summary>A team, channel or tenant in <c>channelData</c>: its id, and the name and group id when Teams gives them.</summary>
public sealed record TeamsChannelDataItem
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }
}
