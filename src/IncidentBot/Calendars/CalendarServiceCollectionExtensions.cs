using IncidentBot.Core.OnCall.Calendar;
using IncidentBot.Security;

namespace IncidentBot.Calendars;

/// <summary>Wires the on-call calendar feeds: the signer and the signed links (the feeds' endpoints are <c>MapCalendars</c>).</summary>
public static class CalendarServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ICalendarLinks"/> under <paramref name="publicAddress"/>, signed with the report links' key.</summary>
    public static IServiceCollection AddOnCallCalendars(this IServiceCollection services, Func<IServiceProvider, Uri> publicAddress)
    {
        ArgumentNullException.ThrowIfNull(publicAddress);
        services.AddSingleton(sp => new CalendarLinkSigner(sp.GetRequiredService<SecretBook>()));
        services.AddSingleton<ICalendarLinks>(sp => new SignedCalendarLinks(
            publicAddress(sp), sp.GetRequiredService<CalendarLinkSigner>(), sp.GetRequiredService<ICalendarLinkStore>()));
        return services;
    }
}
