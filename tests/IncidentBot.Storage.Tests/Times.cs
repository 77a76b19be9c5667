namespace IncidentBot.Storage.Tests;

/// <summary>Fixed test times, to the millisecond (LiteDB keeps milliseconds).</summary>
internal static class Times
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    public static DateTimeOffset At(int minutes) => T0.AddMinutes(minutes);
}
