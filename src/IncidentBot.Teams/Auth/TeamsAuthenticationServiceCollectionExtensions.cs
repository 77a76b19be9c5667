using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentBot.Teams.Auth;

/// <summary>
/// Registers <see cref="TeamsRequestAuthenticator"/> (a singleton: it holds the cached signing keys) and the
/// HttpClient it fetches the OpenID metadata with. The caller binds and validates <see cref="TeamsOptions"/>.
/// </summary>
public static class TeamsAuthenticationServiceCollectionExtensions
{
    /// <summary>A metadata fetch that takes longer than this fails; the request waiting for it gets 503.</summary>
    public static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddTeamsAuthentication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TeamsOptions>();
        services.AddHttpClient(TeamsRequestAuthenticator.MetadataHttpClientName, http => http.Timeout = MetadataTimeout);
        services.TryAddSingleton<TeamsRequestAuthenticator>();
        return services;
    }
}
