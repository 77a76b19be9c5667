using System.Collections.Concurrent;
using Hangfire;
using IncidentBot.Configuration;
using IncidentBot.Core.Rollbacks;
using Microsoft.Extensions.Options;

namespace IncidentBot.Deploys;

/// <summary>
/// A deploy system that only pretends, for services with no rollback webhook when <c>Deploys:Simulated</c> allows
/// it: a rollback is accepted at once and, <see cref="SimulatedDeployOptions.Takes"/> later by the injected clock,
/// reported as succeeded by a job (<see cref="SimulatedRollbackJob"/>), as a real deploy system's callback would.
/// Every message about it says it is simulated (<see cref="Notice"/>). Asked again for the same rollback (the bot
/// restarted and asks again) it reports again; the second report changes nothing.
/// </summary>
public sealed class DeploySimulator(IOptions<SimulatedDeployOptions> options, IBackgroundJobClient jobs, TimeProvider time) : IDisposable
{
    /// <summary>What it is called wherever people read about its rollbacks.</summary>
    public const string Name = "simulated deploy system";

    /// <summary>What people are told about each rollback it runs.</summary>
    public const string Notice = Name + " (nothing is really deployed)";

    private readonly ConcurrentDictionary<string, ITimer> _running = new(StringComparer.Ordinal);

    /// <summary>How many rollbacks are running (waiting for their time), for tests.</summary>
    internal int Running => _running.Count;

    public Task<RollbackOutcome> RollBackAsync(RollbackOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_running.ContainsKey(order.IdempotencyKey))
        {
            return Task.FromResult(RollbackOutcome.Pending);
        }

        var timer = time.CreateTimer(_ => Report(order), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_running.TryAdd(order.IdempotencyKey, timer))
        {
            timer.Change(options.Value.Takes, Timeout.InfiniteTimeSpan);
        }
        else
        {
            timer.Dispose();
        }

        return Task.FromResult(RollbackOutcome.Pending);
    }

    public void Dispose()
    {
        foreach (var timer in _running.Values)
        {
            timer.Dispose();
        }

        _running.Clear();
    }

    /// <summary>The run is over: a job records its success, with Hangfire's retries should the database be busy.</summary>
    private void Report(RollbackOrder order)
    {
        if (_running.TryRemove(order.IdempotencyKey, out var timer))
        {
            timer.Dispose();
        }

        jobs.Enqueue<SimulatedRollbackJob>(job => job.RunAsync(order.RollbackId, CancellationToken.None));
    }
}
