namespace IncidentBot.Teams.Graph;

/// <summary>
/// A Microsoft Graph call failed for now and may succeed later: Graph kept answering 429, 503, 504 (or another 5xx)
/// after the client's own retries, asked for a longer wait than a call may take, or could not be reached. Try again
/// after <see cref="RetryAfter"/> when Graph named a wait
/// (<see href="https://learn.microsoft.com/graph/throttling"/>).
/// </summary>
public sealed class GraphTransientException(string operation, int? statusCode, string? errorCode, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
    : GraphException(operation, statusCode, errorCode, message, innerException)
{
    /// <summary>The <c>Retry-After</c> Graph sent with its last answer, if any.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
