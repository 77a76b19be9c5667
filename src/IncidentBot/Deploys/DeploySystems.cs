using IncidentBot.Core.Rollbacks;

namespace IncidentBot.Deploys;

/// <summary>
/// The bot's deploy system: each service's rollback webhook where one is configured; for any other service the
/// <see cref="DeploySimulator"/> when simulated rollbacks are on (<c>Deploys:Simulated:Enabled</c>), else none.
/// </summary>
public sealed class DeploySystems(WebhookDeploySystem webhooks, DeploySimulator? simulator) : IDeploySystem
{
    /// <summary>The services with a webhook; with simulation on, any other service is rolled back too.</summary>
    public IReadOnlyCollection<string> Services => webhooks.Services;

    public string? Find(string service) =>
        ((IDeploySystem)webhooks).Find(service) ?? (simulator is not null && !string.IsNullOrWhiteSpace(service) ? service : null);

    public string? SimulationNotice(string service) => Simulates(service) ? DeploySimulator.Notice : null;

    public Task<RollbackOutcome> RollBackAsync(RollbackOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Simulates(order.Service) ? simulator!.RollBackAsync(order) : webhooks.RollBackAsync(order, cancellationToken);
    }

    private bool Simulates(string service) => simulator is not null && ((IDeploySystem)webhooks).Find(service) is null;
}
