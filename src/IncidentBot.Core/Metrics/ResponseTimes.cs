namespace IncidentBot.Core.Metrics;

/// <summary>
/// One response measure over a group of incidents: how many reached it and the median time they took. The median, not
/// the mean: one incident left open over a weekend would make a mean describe no incident at all.
/// </summary>
public sealed record ResponseTimes(int Reached, TimeSpan? Median)
{
    public static ResponseTimes Of(IEnumerable<TimeSpan?> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var reached = times.OfType<TimeSpan>().Order().ToList();
        if (reached.Count == 0)
        {
            return new ResponseTimes(0, null);
        }

        var middle = reached.Count / 2;
        var median = reached.Count % 2 == 1 ? reached[middle] : (reached[middle - 1] + reached[middle]) / 2;
        return new ResponseTimes(reached.Count, median);
    }
}
