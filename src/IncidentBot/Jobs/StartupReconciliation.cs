using IncidentBot.Core.Jobs;

namespace IncidentBot.Jobs;

/// <summary>At start, re-creates every timer the stored incidents need (the database is the source of truth).</summary>
public sealed partial class StartupReconciliation(IServiceProvider services, ILogger<StartupReconciliation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var reconciler = services.GetRequiredService<TimerReconciler>();
        var scheduled = await reconciler.ReconcileAsync(cancellationToken).ConfigureAwait(false);
        LogReconciled(logger, scheduled);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled timers from the database: {Scheduled} jobs scheduled")]
    private static partial void LogReconciled(ILogger logger, int scheduled);
}
