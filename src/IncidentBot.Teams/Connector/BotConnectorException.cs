using IncidentBot.Teams.Calls;

namespace IncidentBot.Teams.Connector;

/// <summary>
/// A Bot Connector call failed in a way retrying will not fix as it is: the connector refused it (400, 401 after a
/// fresh token, 403, 404 <c>ConversationNotFound</c> …) or the bot's credentials were refused at the token endpoint.
/// Its subclasses are the failures a caller treats differently: <see cref="BotConnectorTransientException"/> (try
/// again later) and <see cref="TeamsRecipientUnreachableException"/> (the person cannot be written to 1:1). Every
/// failure of a call at Teams or on the way to it is one of these, so an outbox deliverer catches exactly this type.
/// </summary>
public class BotConnectorException(string operation, int? statusCode, string? errorCode, string message, Exception? innerException = null)
    : MicrosoftApiException("Teams", operation, statusCode, errorCode, message, innerException);
