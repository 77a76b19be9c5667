namespace IncidentBot.Teams.Connector;

/// <summary>Why Teams will not carry a message to a person 1:1.</summary>
public enum TeamsUnreachableReason
{
    /// <summary>403 <c>MessageWritesBlocked</c> or <c>ConversationBlockedByUser</c>: the person blocked the bot.</summary>
    Blocked,

    /// <summary>403 "bot is not part of the conversation roster": the app is not installed for the person.</summary>
    NotInstalled,
}
