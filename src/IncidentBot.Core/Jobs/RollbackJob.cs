using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Asks the deploy system for a confirmed rollback. Safe to run twice: the rollback id is the idempotency
/// key, and a finished rollback is left alone.
/// </summary>
public sealed class RollbackJob(IRollbackStore rollbacks, IDeploySystem deploys, RollbackCompletion completion)
{
    public async Task RunAsync(string rollbackId, CancellationToken cancellationToken = default)
    {
        var rollback = await rollbacks.GetAsync(rollbackId, cancellationToken).ConfigureAwait(false);
        if (rollback is null || rollback.Status != RollbackStatus.Started)
        {
            return;
        }

        var order = new RollbackOrder(rollback.Id, rollback.Id, rollback.IncidentNumber, rollback.Service, rollback.FromVersion, rollback.ToVersion, rollback.DecidedBy ?? rollback.RequestedBy);
        var outcome = await deploys.RollBackAsync(order, cancellationToken).ConfigureAwait(false);
        if (outcome.Result != RollbackResult.Pending)
        {
            await completion.CompleteAsync(rollback.Id, outcome, cancellationToken).ConfigureAwait(false);
        }
    }
}
