namespace IncidentBot.Storage.Jobs;

/// <summary>
/// Hands out job ids 1, 2, 3 … before the job is written: Hangfire asks for the id of a job created inside a
/// transaction before that transaction commits. Ids are reserved from the database in blocks, so most jobs
/// cost no extra write; a restart skips the rest of a block (ids have gaps, never repeats).
/// </summary>
internal sealed class JobIdAllocator(JobCollections collections)
{
    private const string Counter = JobCollections.Prefix + "job-id-block";
    private const long BlockSize = 100;

    private readonly Lock _gate = new();
    private long _next;
    private long _end;

    public long Next()
    {
        lock (_gate)
        {
            if (_next == _end)
            {
                var block = collections.Write(() => collections.NextValue(Counter));
                _next = ((block - 1) * BlockSize) + 1;
                _end = _next + BlockSize;
            }

            return _next++;
        }
    }
}
