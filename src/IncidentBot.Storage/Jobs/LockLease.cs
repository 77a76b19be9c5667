namespace IncidentBot.Storage.Jobs;

/// <summary>One acquisition of a re-entrant <see cref="LiteDistributedLock"/>; disposing it twice returns it once.</summary>
internal sealed class LockLease(LiteDistributedLock held) : IDisposable
{
    private bool _returned;

    public void Dispose()
    {
        if (!_returned)
        {
            _returned = true;
            held.Return();
        }
    }
}
