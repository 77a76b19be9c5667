namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>
/// The revocation generation of each calendar link: a link is signed for its subject's current generation, so raising it
/// makes every link given before unreadable at once. A subject never revoked is at generation 0 and has no record.
/// </summary>
public interface ICalendarLinkStore
{
    Task<int> GenerationAsync(CalendarSubject subject, CancellationToken cancellationToken = default);

    /// <summary>Raises the subject's generation by one and returns the new one, once it is stored.</summary>
    Task<int> RevokeAsync(CalendarSubject subject, CancellationToken cancellationToken = default);
}
