using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentBot.Teams.Connector;

/// <summary>Wires the outbound half of the Bot Connector protocol; <see cref="TeamsOptions"/> are bound and validated by the host.</summary>
public static class TeamsConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BotConnectorClient"/> over a typed HttpClient for <see cref="BotConnectorTransport"/>
    /// (resilience from <see cref="BotConnectorResilience"/>), and <see cref="BotConnectorTokens"/> over
    /// <see cref="AppTokens"/> (singletons, so one token per scope is shared) whose MSAL requests go through the
    /// <see cref="BotConnectorHttpClients.Login"/> client.
    /// </summary>
    public static IServiceCollection AddTeamsConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpClient(BotConnectorHttpClients.Login).RemoveAllLoggers(); // the token request's form carries the client secret
        services.TryAddSingleton<AppTokens>();
        services.TryAddSingleton<BotConnectorTokens>();
        services.AddHttpClient<BotConnectorTransport>()
            .RemoveAllLoggers() // request logs would carry the ids of people and chats in every URL
            .AddResilienceHandler(BotConnectorResilience.PipelineName, BotConnectorResilience.Configure);
        services.TryAddTransient<BotConnectorClient>();
        return services;
    }
}
