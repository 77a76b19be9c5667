using IncidentBot.Core.OnCall.Calendar;
using IncidentBot.Endpoints;

namespace IncidentBot.Calendars;

/// <summary>
/// Calendar links under the bot's public address (<c>IncidentBot:PublicBaseUrl</c>, as report links):
/// <c>/calendars/{person|schedule}/{id}/{token}.ics</c>, the token signed for the subject's current generation
/// (<see cref="CalendarLinkSigner"/>). Nothing is stored per link, so the same link is given every time it is asked for,
/// until it is revoked.
/// </summary>
public sealed class SignedCalendarLinks(Uri baseAddress, CalendarLinkSigner signer, ICalendarLinkStore generations) : ICalendarLinks
{
    private readonly string _root = baseAddress.ToString().TrimEnd('/');

    public bool Served => true;

    public async Task<Uri> LinkOfAsync(CalendarSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var generation = await generations.GenerationAsync(subject, cancellationToken).ConfigureAwait(false);
        return new Uri(_root + CalendarEndpoints.PathOf(subject, signer.Sign(subject, generation)));
    }
}
