using IncidentBot.Calendars;
using IncidentBot.Core.OnCall.Calendar;

namespace IncidentBot.Endpoints;

/// <summary>
/// The on-call calendar feeds calendar apps subscribe to: <c>GET /calendars/person/{id}/{token}.ics</c> (one person's
/// shifts on every schedule) and <c>GET /calendars/schedule/{name}/{token}.ics</c> (everyone's shifts on one schedule),
/// as <c>text/calendar</c>. The token (<see cref="CalendarLinkSigner"/>) must be the subject's at its current generation:
/// a wrong, forged or revoked one, or a schedule that does not exist, answers a bare 404, the same for all, so a guess
/// learns nothing. The token is never logged.
/// </summary>
public static partial class CalendarEndpoints
{
    private const string Person = "person";
    private const string Schedule = "schedule";

    public static string PathOf(CalendarSubject subject, string token)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var kind = subject.Kind == CalendarFeedKind.Person ? Person : Schedule;
        return $"/calendars/{kind}/{Uri.EscapeDataString(subject.Id)}/{token}.ics";
    }

    public static IEndpointRouteBuilder MapCalendars(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendars/{kind}/{id}/{token}.ics", ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(
        string kind, string id, string token, CalendarLinkSigner signer, ICalendarLinkStore generations, CalendarFeeds feeds, TimeProvider time,
        ILoggerFactory loggers, HttpContext http, CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(typeof(CalendarEndpoints));
        CalendarSubject? subject = kind switch
        {
            Person => CalendarSubject.Person(id),
            Schedule => CalendarSubject.Schedule(id),
            _ => null,
        };
        if (subject is null
            || !signer.Verifies(subject, await generations.GenerationAsync(subject, cancellationToken).ConfigureAwait(false), token)
            || await feeds.FeedOfAsync(subject, time.GetUtcNow(), cancellationToken).ConfigureAwait(false) is not { } feed)
        {
            Refused(log);
            return Results.NotFound();
        }

        Served(log, subject.Kind, feed.Entries.Count);
        http.Response.Headers.CacheControl = "private, max-age=300";
        return Results.Text(IcsCalendar.Write(feed), IcsCalendar.ContentType);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Served a {Kind} calendar feed of {Count} shifts")]
    private static partial void Served(ILogger logger, CalendarFeedKind kind, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a calendar feed request: no such feed, or not its current link")]
    private static partial void Refused(ILogger logger);
}
