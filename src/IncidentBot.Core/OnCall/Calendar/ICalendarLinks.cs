namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>
/// The links calendar apps subscribe to, under the bot's public address. The host signs them (it holds the key and the
/// address); the core only hands them out, privately, to whoever asks.
/// </summary>
public interface ICalendarLinks
{
    /// <summary>Whether this bot serves calendar feeds at all (a drill or a test world may not).</summary>
    bool Served { get; }

    /// <summary>The subject's link at its current generation.</summary>
    Task<Uri> LinkOfAsync(CalendarSubject subject, CancellationToken cancellationToken = default);
}
