namespace IncidentBot.Teams.Activities;

/// <summary>What happened to a message (<c>channelData.eventType</c> of <c>messageUpdate</c> and <c>messageDelete</c>).</summary>
public enum TeamsMessageChangeKind
{
    Edited,
    Undeleted,
    Deleted,
}
