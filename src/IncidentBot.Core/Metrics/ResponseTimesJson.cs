namespace IncidentBot.Core.Metrics;

/// <summary>How many incidents reached a measure and their median time, in seconds.</summary>
public sealed record ResponseTimesJson(int Reached, double? MedianSeconds)
{
    public static ResponseTimesJson From(ResponseTimes times)
    {
        ArgumentNullException.ThrowIfNull(times);
        return new ResponseTimesJson(times.Reached, times.Median?.TotalSeconds);
    }
}
