using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;

namespace IncidentBot.Deploys;

/// <summary>
/// Reports a simulated rollback as succeeded, as a deploy system's callback would. Takes the rollback's id only and
/// reloads it; a rollback already finished (or cancelled) is left alone, so running twice does no harm.
/// </summary>
public sealed class SimulatedRollbackJob(IRollbackStore rollbacks, RollbackCompletion completion)
{
    public async Task RunAsync(string rollbackId, CancellationToken cancellationToken = default)
    {
        if (await rollbacks.GetAsync(rollbackId, cancellationToken).ConfigureAwait(false) is not { Status: RollbackStatus.Started } rollback)
        {
            return;
        }

        var outcome = RollbackOutcome.Succeeded($"the {DeploySimulator.Name} put {rollback.Service} on {rollback.ToVersion}; nothing is really deployed");
        await completion.CompleteAsync(rollbackId, outcome, cancellationToken).ConfigureAwait(false);
    }
}
