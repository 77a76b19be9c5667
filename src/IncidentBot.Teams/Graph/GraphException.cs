namespace IncidentBot.Teams.Graph;

/// <summary>
/// A Microsoft Graph call failed in a way retrying will not fix as it is: Graph refused it (403: the app has no
/// consent in the team, or is not installed there; 404: no such team; 400 …). <see cref="NameTaken"/> marks the
/// refusal of a channel name already in use, which a caller answers with another name;
/// <see cref="GraphTransientException"/> is the failure to try again later. Graph's error body is
/// <c>{"error":{"code","message"}}</c> (<see href="https://learn.microsoft.com/graph/errors"/>).
/// </summary>
public class GraphException : Exception
{
    public GraphException(string operation, int? statusCode, string? errorCode, string message, Exception? innerException = null)
        : base(Describe(operation, statusCode, errorCode, message), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = message;
    }

    /// <summary>The call that failed, e.g. <c>CreateChannel</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status Graph answered; null when no answer came.</summary>
    public int? StatusCode { get; }

    /// <summary>Graph's <c>error.code</c>, e.g. <c>Forbidden</c> or <c>NameAlreadyExists</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>Graph's <c>error.message</c>, or what went wrong.</summary>
    public string ErrorMessage { get; }

    /// <summary>400 or 409 for a display name that is already a channel's (or was one lately) in the team.</summary>
    public bool NameTaken => StatusCode is 400 or 409
        && (ErrorCode is "NameAlreadyExists" || ErrorMessage.Contains("already exist", StringComparison.OrdinalIgnoreCase));

    private static string Describe(string operation, int? statusCode, string? errorCode, string message) =>
        $"Microsoft Graph {operation} failed" + (statusCode is { } status ? $" with HTTP {status}" : "") + (errorCode is null ? "" : $" {errorCode}") + $": {message}";
}
