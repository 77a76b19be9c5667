namespace IncidentBot.Playground;

/// <summary>Adds the Agents Playground that <c>teams-playground</c> runs beside the bot.</summary>
public static class PlaygroundServiceCollectionExtensions
{
    public static IServiceCollection AddAgentsPlayground(this IServiceCollection services, PlaygroundRun run)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(run);
        services.AddSingleton(run);
        services.AddSingleton<AgentsPlaygroundProcess>();
        services.AddHostedService(sp => sp.GetRequiredService<AgentsPlaygroundProcess>());
        return services;
    }
}
