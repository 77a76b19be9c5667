using Hangfire.States;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// The due times of the jobs one transaction schedules, to score them in Hangfire's <c>schedule</c> set so that
/// none is enqueued early. Hangfire scores a scheduled job with its due time in whole Unix seconds, truncated
/// (<c>JobHelper.ToTimestamp</c>), and its delayed-job scheduler enqueues every job scored at or below the
/// current second: a job due at 12:00:05.700 would start at 12:00:05.000. Knowing the exact due time from the
/// job's Scheduled state in the same transaction, the score is rounded up instead, so the job starts within the
/// second after it is due and never before.
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
    /// set (<c>id</c> or <c>queue:id</c>) with a noted due time and Hangfire's truncated score, that time rounded up.
    /// </summary>
    public double Score(string key, string value, double score)
    {
        if (!string.Equals(key, ScheduleKey, StringComparison.Ordinal) || !_dueAt.TryGetValue(value[(value.LastIndexOf(':') + 1)..], out var dueAt))
        {
            return score;
        }

        var seconds = (dueAt - DateTime.UnixEpoch).TotalSeconds;
        return score == Math.Floor(seconds) ? Math.Ceiling(seconds) : score;
    }
}
