using IncidentBot.Core.Chat;
using IncidentBot.Web.Playground;

namespace IncidentBot.Local;

/// <summary>Wires the local workspace as the bot's chat platform. Map its endpoints with <see cref="LocalEndpoints.MapLocalWorkspace"/>.</summary>
public static class LocalServiceCollectionExtensions
{
    /// <summary>
    /// Makes the in-process workspace the chat platform: its channels, its people acting through <c>/local/*</c>,
    /// and permalinks under <paramref name="publicAddress"/>; and the web face's playground over it (<see cref="LocalPlayground"/>),
    /// which makes <c>/</c> the playground.
    /// </summary>
    public static IServiceCollection AddLocalWorkspace(this IServiceCollection services, Func<IServiceProvider, Uri> publicAddress)
    {
        services.AddSingleton(sp => LocalPermalinks.Under(publicAddress(sp)));
        services.AddSingleton<LocalWorkspace>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<LocalWorkspace>());
        services.AddSingleton<LocalUser>();
        services.AddSingleton<SeedDrill>();
        services.AddSingleton<IPlaygroundWorkspace, LocalPlayground>();
        services.AddSingleton(new ChatChannels(LocalWorkspace.IncidentsChannelId, LocalWorkspace.ReportsChannelId));
        return services;
    }
}
