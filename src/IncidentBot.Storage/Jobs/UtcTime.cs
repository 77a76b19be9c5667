namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Hangfire's storage contract speaks UTC <see cref="DateTime"/>s. LiteDB stores UTC milliseconds, and reads an
/// unspecified kind as local time, so every time is marked UTC on the way in.
/// </summary>
internal static class UtcTime
{
    public static DateTime Of(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTime Now(TimeProvider time) => time.GetUtcNow().UtcDateTime;

    /// <summary>What is left of a time to live at <paramref name="now"/>; Hangfire's "no expiry" is -1 second.</summary>
    public static TimeSpan TimeToLive(DateTime? expireAt, DateTime now) => expireAt is { } at
        ? (at > now ? at - now : TimeSpan.Zero)
        : TimeSpan.FromSeconds(-1);
}
