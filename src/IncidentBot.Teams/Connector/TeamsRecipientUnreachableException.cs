namespace IncidentBot.Teams.Connector;

/// <summary>
/// Teams refused to carry a message to a person 1:1 (HTTP 403): they blocked the bot, or the app is not installed
/// for them (<see cref="Reason"/>). Retrying does not help; the person must be reached another way (an @mention in
/// the incident's thread) and an admin told how to fix it (install the app for them).
/// </summary>
public sealed class TeamsRecipientUnreachableException(string operation, TeamsUnreachableReason reason, string? errorCode, string message)
    : BotConnectorException(operation, 403, errorCode, message)
{
    public TeamsUnreachableReason Reason { get; } = reason;
}
