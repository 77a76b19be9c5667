namespace IncidentBot.Teams.Connector;

/// <summary>
/// A Bot Connector call failed in a way retrying will not fix as it is: the connector refused it (400, 401 after a
/// fresh token, 403, 404 <c>ConversationNotFound</c> …) or the bot's credentials were refused at the token endpoint.
/// Its subclasses are the failures a caller treats differently: <see cref="BotConnectorTransientException"/> (try
/// again later) and <see cref="TeamsRecipientUnreachableException"/> (the person cannot be written to 1:1). Every
/// failure of a call at Teams or on the way to it is one of these, so an outbox deliverer catches exactly this type.
/// </summary>
public class BotConnectorException : Exception
{
    public BotConnectorException(string operation, int? statusCode, string? errorCode, string message, Exception? innerException = null)
        : base(Describe(operation, statusCode, errorCode, message), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = message;
    }

    /// <summary>The call that failed, e.g. <c>SendToConversation</c> (the swagger's operation names) or <c>Token</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status Teams answered; null when no answer came.</summary>
    public int? StatusCode { get; }

    /// <summary>The connector's <c>error.code</c> (e.g. <c>ConversationNotFound</c>), or the token endpoint's error.</summary>
    public string? ErrorCode { get; }

    /// <summary>The connector's <c>error.message</c>, or what went wrong.</summary>
    public string ErrorMessage { get; }

    private static string Describe(string operation, int? statusCode, string? errorCode, string message) =>
        $"Teams {operation} failed" + (statusCode is { } status ? $" with HTTP {status}" : "") + (errorCode is null ? "" : $" {errorCode}") + $": {message}";
}
