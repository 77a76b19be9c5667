using IncidentBot.Core.Outbox;
using IncidentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Storage;

/// <summary>Wires the LiteDB storage into the host: one database for the process, one store per port.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IncidentDatabase"/> on <c>&lt;dataFolder&gt;/incidentbot.db</c> as a singleton, which
    /// the container disposes (closing the file cleanly) at shutdown, and the stores over it.
    /// </summary>
    public static IServiceCollection AddIncidentStorage(this IServiceCollection services, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        services.AddSingleton(new StorageOptions { DataFolder = dataFolder });
        services.AddSingleton<IncidentDatabase>();
        services.AddSingleton<IIncidentStore, LiteIncidentStore>();
        services.AddSingleton<IChangeStore, LiteChangeStore>();
        services.AddSingleton<IRollbackStore, LiteRollbackStore>();
        services.AddSingleton<ITranscriptStore, LiteTranscriptStore>();
        services.AddSingleton<IPostmortemStore, LitePostmortemStore>();
        services.AddSingleton<IOutboxStore, LiteOutboxStore>();
        services.AddSingleton<IInboxStore, LiteInboxStore>();
        return services;
    }
}
