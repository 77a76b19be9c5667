namespace IncidentBot.Core.Time;

/// <summary>
/// The times a sender can mean for an alert or a deploy. Anything else (Go's zero time, a year typed wrong) is the
/// sender's bug, refused before it is stored rather than shown on a timeline.
/// </summary>
public static class PlausibleTimes
{
    /// <summary>How the range reads in an error message.</summary>
    public const string Range = "years 1970 to 8999";

    private static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool Contains(DateTimeOffset time) => time >= Earliest && time < Latest;
}
