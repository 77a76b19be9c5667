namespace IncidentBot.Teams.Calls;

/// <summary>
/// A call to a Microsoft API (the Bot Connector, Graph) failed: which call, the HTTP status and the API's own
/// <c>error.code</c> and <c>error.message</c>. Each API has its own subclass, so a caller catches the failures of the
/// API it called and nothing else.
/// </summary>
public abstract class MicrosoftApiException : Exception
{
    protected MicrosoftApiException(string api, string operation, int? statusCode, string? errorCode, string message, Exception? innerException)
        : base(Describe(api, operation, statusCode, errorCode, message), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = message;
    }

    /// <summary>The call that failed, e.g. <c>SendToConversation</c>, <c>CreateChannel</c> or <c>Token</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status the API answered; null when no answer came.</summary>
    public int? StatusCode { get; }

    /// <summary>The API's <c>error.code</c> (e.g. <c>ConversationNotFound</c>, <c>NameAlreadyExists</c>), or the token endpoint's error.</summary>
    public string? ErrorCode { get; }

    /// <summary>The API's <c>error.message</c>, or what went wrong.</summary>
    public string ErrorMessage { get; }

    private static string Describe(string api, string operation, int? statusCode, string? errorCode, string message) =>
        $"{api} {operation} failed" + (statusCode is { } status ? $" with HTTP {status}" : "") + (errorCode is null ? "" : $" {errorCode}") + $": {message}";
}
