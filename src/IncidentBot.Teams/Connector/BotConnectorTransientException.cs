namespace IncidentBot.Teams.Connector;

/// <summary>
/// A Bot Connector call failed for now and may succeed later: Teams kept answering 429, 412, 408 or 5xx after
/// the client's own retries (<see cref="BotConnectorResilience"/>), asked for a longer wait than a call may take, or
/// could not be reached. Try again after <see cref="RetryAfter"/> when Teams named a wait
/// (<see href="https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit"/>).
/// </summary>
public sealed class BotConnectorTransientException : BotConnectorException
{
    public BotConnectorTransientException(
        string operation, int? statusCode, string? errorCode, string message, TimeSpan? retryAfter = null, bool outcomeUnknown = false, Exception? innerException = null)
        : base(operation, statusCode, errorCode, message, innerException)
    {
        RetryAfter = retryAfter;
        OutcomeUnknown = outcomeUnknown;
    }

    /// <summary>The <c>Retry-After</c> Teams sent with its last answer, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Teams may have applied the call without the bot learning it (the call timed out, or the connection broke
    /// after the request went out): a message may already be posted, so look before sending it again.
    /// </summary>
    public bool OutcomeUnknown { get; }
}
