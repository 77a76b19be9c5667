using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Rollbacks;

/// <summary>
/// Records a rollback's outcome under its incident's lock, whether it came from the deploy system's reply
/// or from its callback.
/// </summary>
public sealed class RollbackCompletion(IRollbackStore rollbacks, IIncidentStore incidents, IncidentLocks locks, RollbackDesk desk, TimeProvider time)
{
    /// <summary>False when the rollback is unknown or already finished.</summary>
    public async Task<bool> CompleteAsync(string rollbackId, RollbackOutcome outcome, CancellationToken cancellationToken = default)
    {
        var found = await rollbacks.GetAsync(rollbackId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return false;
        }

        using var held = await locks.AcquireAsync(found.IncidentNumber, cancellationToken).ConfigureAwait(false);
        var rollback = await rollbacks.GetAsync(rollbackId, cancellationToken).ConfigureAwait(false);
        var incident = await incidents.GetAsync(found.IncidentNumber, cancellationToken).ConfigureAwait(false);
        return rollback is not null && incident is not null
            && await desk.CompleteAsync(incident, rollback, outcome, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
