using Microsoft.AspNetCore.Http;

namespace IncidentBot.Teams.Auth;

/// <summary>
/// What <see cref="TeamsRequestAuthenticator"/> decided about one <c>POST /api/messages</c>: accepted (with who
/// called), or refused with the status code to answer (401, 403, or 503 when the signing keys could not be fetched)
/// and a short <see cref="Reason"/> that is safe to log: it never contains the token or any of its claims.
/// </summary>
public sealed record TeamsAuthResult
{
    private TeamsAuthResult(int statusCode, string? reason, TeamsCaller? caller)
    {
        StatusCode = statusCode;
        Reason = reason;
        Caller = caller;
    }

    public bool IsAccepted => Caller is not null;

    /// <summary>200 when accepted; otherwise the status to answer the request with.</summary>
    public int StatusCode { get; }

    /// <summary>Why the request was refused; null when accepted.</summary>
    public string? Reason { get; }

    /// <summary>Who called, when accepted.</summary>
    public TeamsCaller? Caller { get; }

    public static TeamsAuthResult Accepted(TeamsCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new(StatusCodes.Status200OK, null, caller);
    }

    /// <summary>The caller did not prove who it is (no, bad or foreign token): 401.</summary>
    public static TeamsAuthResult Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason, null);

    /// <summary>The caller is the Bot Framework, but its key is not endorsed for the activity's channel: 403.</summary>
    public static TeamsAuthResult Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason, null);

    /// <summary>The signing keys could not be fetched, so nothing can be checked: 503, and the sender retries.</summary>
    public static TeamsAuthResult Unavailable(string reason) => new(StatusCodes.Status503ServiceUnavailable, reason, null);
}
