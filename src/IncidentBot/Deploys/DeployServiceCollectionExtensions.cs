using IncidentBot.Configuration;
using IncidentBot.Core.Rollbacks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace IncidentBot.Deploys;

/// <summary>
/// Wires deploys: recording them (<see cref="ChangeRecorder"/>), and the deploy system that rolls back, the services'
/// rollback webhooks and the simulator for the others where it is allowed.
/// </summary>
public static class DeployServiceCollectionExtensions
{
    /// <param name="services">The host's services.</param>
    /// <param name="localPlatform">Whether the bot runs on the local workspace, where rollbacks are simulated unless turned off.</param>
    public static IServiceCollection AddDeploys(this IServiceCollection services, bool localPlatform)
    {
        services.AddOptions<SimulatedDeployOptions>().BindConfiguration(SimulatedDeployOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulatedDeployOptions>, SimulatedDeployOptionsValidator>();
        services.AddHttpClient<WebhookDeploySystem>().AddStandardResilienceHandler()
            .Configure((resilience, sp) => DeployWebhookResilience.Fit(resilience, sp.GetRequiredService<IOptions<Dictionary<string, ServiceOptions>>>().Value.Values));
        services.AddSingleton<ChangeRecorder>();
        services.AddSingleton<DeploySimulator>();
        services.AddTransient<SimulatedRollbackJob>();
        services.AddTransient<IDeploySystem>(sp => new DeploySystems(
            sp.GetRequiredService<WebhookDeploySystem>(),
            sp.GetRequiredService<IOptions<SimulatedDeployOptions>>().Value.IsEnabledOn(localPlatform) ? sp.GetRequiredService<DeploySimulator>() : null));
        return services;
    }
}
