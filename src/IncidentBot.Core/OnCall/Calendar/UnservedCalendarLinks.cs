namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>The calendar links of a bot that serves no feeds (a drill, a test world without the host): there are none.</summary>
public sealed class UnservedCalendarLinks : ICalendarLinks
{
    public bool Served => false;

    public Task<Uri> LinkOfAsync(CalendarSubject subject, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("This bot serves no calendar feeds.");
}
