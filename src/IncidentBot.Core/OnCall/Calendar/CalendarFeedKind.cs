namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>Whose shifts a calendar feed holds: one person's on every schedule, or one schedule's for everyone.</summary>
public enum CalendarFeedKind
{
    Person,
    Schedule,
}
