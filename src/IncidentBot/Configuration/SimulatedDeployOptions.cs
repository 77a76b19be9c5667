namespace IncidentBot.Configuration;

/// <summary>
/// The <c>Deploys:Simulated</c> section: a deploy system that only pretends, so rollback can be tried on the local
/// platform without writing a webhook. It acts for services with no <c>Services:&lt;name&gt;:RollbackUrl</c>, and says
/// it is simulated in every message and timeline entry about such a rollback.
/// </summary>
public sealed class SimulatedDeployOptions
{
    public const string SectionName = "Deploys:Simulated";

    /// <summary>
    /// Whether rollbacks of services without a webhook are simulated. Unset: on the local platform only; a bot on
    /// Slack or Teams must not pretend to roll back unless this is set to <c>true</c>.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a simulated rollback runs before it reports success.</summary>
    public TimeSpan Takes { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary><see cref="Enabled"/> as set, else whether the bot runs on the local platform.</summary>
    public bool IsEnabledOn(bool localPlatform) => Enabled ?? localPlatform;
}
