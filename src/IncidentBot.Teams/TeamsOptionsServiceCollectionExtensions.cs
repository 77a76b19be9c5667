using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams;

/// <summary>Binds the <c>Teams</c> section and checks it at start.</summary>
public static class TeamsOptionsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Teams</c> section at start. A host not running on Teams calls it too, so a
    /// half-configured Teams (an app id without its password) stops it instead of being ignored.
    /// </summary>
    public static IServiceCollection AddTeamsOptions(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        return services;
    }
}
