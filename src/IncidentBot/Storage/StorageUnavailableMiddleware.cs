using IncidentBot.Core.Storage;

namespace IncidentBot.Storage;

/// <summary>
/// Answers a request whose write the storage could not take (the disk is full) with 503 and <c>Retry-After</c>,
/// so Slack, Alertmanager and the deploy system send it again later; nothing of it was saved, so the retry is
/// handled as new. Every endpoint is behind it, so none answers 500 or drops the connection for a full disk.
/// </summary>
internal sealed partial class StorageUnavailableMiddleware(RequestDelegate next, ILogger<StorageUnavailableMiddleware> logger)
{
    /// <summary>Seconds a client is asked to wait: space rarely comes back sooner, and the bot takes writes again as soon as it does.</summary>
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (Unavailable(e) is { } unavailable && !context.Response.HasStarted)
        {
            LogRefused(logger, context.Request.Method, context.Request.Path, unavailable.InnerException?.Message ?? unavailable.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new { error = unavailable.Message }, context.RequestAborted);
        }
    }

    /// <summary>The storage's refusal behind <paramref name="exception"/>: Hangfire, for one, wraps what its storage throws.</summary>
    private static StorageUnavailableException? Unavailable(Exception exception) => exception switch
    {
        StorageUnavailableException unavailable => unavailable,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Unavailable).FirstOrDefault(found => found is not null),
        { InnerException: { } inner } => Unavailable(inner),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the storage cannot take writes now ({Reason})")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, string reason);
}
