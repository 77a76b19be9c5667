using Hangfire.States;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Exact due times for Hangfire's <c>schedule</c> set, so no delayed job starts before it is due. Hangfire scores a
/// scheduled job with its due time in whole Unix seconds, truncated (<c>JobHelper.ToTimestamp</c>), and its
/// delayed-job scheduler enqueues every job scored at or below the current second, also truncated: a job due at
/// 12:00:05.700 would start at 12:00:05.000. Here a job scheduled in a transaction is scored with its exact due
/// time (from its Scheduled state in the same transaction), and the scheduler's "up to the current second" is
/// read as "up to now": a job starts at the first poll after it is due, never before.
/// </summary>
internal sealed class DueTimes
{
    private const string ScheduleKey = "schedule";

    private readonly Dictionary<string, DateTime> _dueAt = new(StringComparer.Ordinal);

    /// <summary>Notes the due time of a job whose state becomes <paramref name="state"/>, if it is Scheduled.</summary>
    public void Note(string jobId, IState state)
    {
        if (state is ScheduledState scheduled)
        {
            _dueAt[jobId] = UtcTime.Of(scheduled.EnqueueAt);
        }
    }

    /// <summary>
    /// The score to store for <paramref name="value"/> in <paramref name="key"/>: for a job of the <c>schedule</c>
    /// set (<c>id</c> or <c>queue:id</c>) with a noted due time and Hangfire's truncated score, the exact time.
    /// </summary>
    public double Score(string key, string value, double score)
    {
        if (!IsSchedule(key) || !_dueAt.TryGetValue(value[(value.LastIndexOf(':') + 1)..], out var dueAt))
        {
            return score;
        }

        var exact = Seconds(dueAt);
        return score == Math.Floor(exact) ? exact : score;
    }

    /// <summary>
    /// The highest score to look up in <paramref name="key"/>: when Hangfire asks the <c>schedule</c> set for what is
    /// due up to the current second (<paramref name="toScore"/>, truncated), what is due up to <paramref name="now"/>.
    /// </summary>
    public static double UpTo(string key, double toScore, DateTime now)
    {
        var exact = Seconds(now);
        return IsSchedule(key) && toScore == Math.Floor(exact) ? exact : toScore;
    }

    private static bool IsSchedule(string key) => string.Equals(key, ScheduleKey, StringComparison.Ordinal);

    private static double Seconds(DateTime utc) => (utc - DateTime.UnixEpoch).TotalSeconds;
}
