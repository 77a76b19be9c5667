using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Fails a rollback the deploy system never reported on (its webhook kept failing, or its callback never
/// came), so the timeline says so and the service can be rolled back again. Does nothing once it finished.
/// </summary>
public sealed class RollbackTimeoutJob(RollbackCompletion completion, IncidentSettings settings)
{
    public Task RunAsync(string rollbackId, CancellationToken cancellationToken = default) =>
        completion.CompleteAsync(
            rollbackId,
            RollbackOutcome.Failed($"no outcome from the deploy system within {Durations.Format(settings.RollbackTimeout)}"),
            cancellationToken);
}
