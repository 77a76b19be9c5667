using IncidentBot.Teams.Calls;

namespace IncidentBot.Teams.Graph;

/// <summary>
/// A Microsoft Graph call failed in a way retrying will not fix as it is: Graph refused it (403: the app has no
/// consent in the team, or is not installed there; 404: no such team; 400 …). <see cref="NameTaken"/> marks the
/// refusal of a channel name already in use, which a caller answers with another name;
/// <see cref="GraphTransientException"/> is the failure to try again later. Graph's error body is
/// <c>{"error":{"code","message"}}</c> (<see href="https://learn.microsoft.com/graph/errors"/>).
/// </summary>
public class GraphException(string operation, int? statusCode, string? errorCode, string message, Exception? innerException = null)
    : MicrosoftApiException("Microsoft Graph", operation, statusCode, errorCode, message, innerException)
{
    /// <summary>400 or 409 for a display name that is already a channel's (or was one lately) in the team.</summary>
    public bool NameTaken => StatusCode is 400 or 409
        && (ErrorCode is "NameAlreadyExists" || ErrorMessage.Contains("already exist", StringComparison.OrdinalIgnoreCase));
}
