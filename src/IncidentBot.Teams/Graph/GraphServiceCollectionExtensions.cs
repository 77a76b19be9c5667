using IncidentBot.Teams.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentBot.Teams.Graph;

/// <summary>Wires the Microsoft Graph client the bot creates incident channels with.</summary>
public static class GraphServiceCollectionExtensions
{
    public const string PipelineName = "teams-graph";

    /// <summary>
    /// Registers <see cref="GraphClient"/> over a typed HttpClient with the connector's resilience pipeline
    /// (<see cref="BotConnectorResilience"/>: Graph asks for the same handling of 429, 503 and 504), and
    /// <see cref="GraphTokens"/> from the <see cref="AppTokens"/> the Bot Connector's token shares
    /// (<see cref="TeamsConnectorServiceCollectionExtensions.AddTeamsConnector"/>, whose login client it uses).
    /// </summary>
    public static IServiceCollection AddTeamsGraph(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AppTokens>();
        services.TryAddSingleton<GraphTokens>();
        services.AddHttpClient<GraphClient>()
            .RemoveAllLoggers() // request logs would carry team and channel ids in every URL
            .AddResilienceHandler(PipelineName, BotConnectorResilience.Configure);
        return services;
    }
}
