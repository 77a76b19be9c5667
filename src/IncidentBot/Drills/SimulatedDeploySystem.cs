using IncidentBot.Core.Rollbacks;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Drills;

/// <summary>The drill's deploy system: a rollback answers "accepted" and reports its outcome after <c>takes</c>, as a callback would.</summary>
public sealed class SimulatedDeploySystem(Drill drill, DrillJobScheduler scheduler, DrillClock clock, IServiceProvider services) : IDeploySystem
{
    private readonly HashSet<string> _accepted = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Services { get; } = drill.Services.Select(s => s.Name).ToList();

    public Task<RollbackOutcome> RollBackAsync(RollbackOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var service = drill.Services.First(s => string.Equals(s.Name, order.Service, StringComparison.OrdinalIgnoreCase));
        if (_accepted.Add(order.IdempotencyKey))
        {
            var outcome = service.Outcome == RollbackResult.Succeeded
                ? RollbackOutcome.Succeeded($"{order.Service} is on {order.ToVersion}")
                : RollbackOutcome.Failed($"{order.Service} could not be rolled back to {order.ToVersion}");
            scheduler.At(clock.GetUtcNow() + service.Takes, () => services.GetRequiredService<RollbackCompletion>().CompleteAsync(order.RollbackId, outcome));
        }

        return Task.FromResult(RollbackOutcome.Pending);
    }
}
