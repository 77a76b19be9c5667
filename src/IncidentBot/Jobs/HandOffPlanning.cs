using IncidentBot.Core.Jobs;

namespace IncidentBot.Jobs;

/// <summary>
/// Plans the on-call hand-off messages at start and every <see cref="HandOffPlanner.Every"/> (<see cref="HandOffPlanner"/>).
/// A timer of the process rather than a Hangfire recurring job: it runs on the injected <see cref="TimeProvider"/>, and
/// a restart starts it again with nothing stored to go stale; what must survive a restart (which messages were sent) is
/// in the database.
/// </summary>
public sealed partial class HandOffPlanning(HandOffPlanner planner, TimeProvider time, ILogger<HandOffPlanning> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(HandOffPlanner.Every, time);
        do
        {
            try
            {
                var planned = await planner.PlanAsync(stoppingToken).ConfigureAwait(false);
                LogPlanned(logger, planned);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next round plans again what this one could not (storage unavailable a moment, a job not stored):
                // a message is planned two rounds ahead, so one failed round delays nothing.
                LogNotPlanned(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Planned {Planned} on-call hand-off messages")]
    private static partial void LogPlanned(ILogger logger, int planned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not plan the on-call hand-off messages; the next round tries again")]
    private static partial void LogNotPlanned(ILogger logger, Exception exception);
}
