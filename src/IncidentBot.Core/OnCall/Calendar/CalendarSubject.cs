using System.Globalization;

namespace IncidentBot.Core.OnCall.Calendar;

/// <summary>What one calendar link is for: a person (by id) or a schedule (by name).</summary>
public sealed record CalendarSubject(CalendarFeedKind Kind, string Id)
{
    public static CalendarSubject Person(string personId) => new(CalendarFeedKind.Person, personId);

    public static CalendarSubject Schedule(string name) => new(CalendarFeedKind.Schedule, name);

    /// <summary>The subject as one key, for storage and signing: <c>person:ada</c>, <c>schedule:primary</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{(Kind == CalendarFeedKind.Person ? "person" : "schedule")}:{Id}");
}
