using Hangfire;
using IncidentBot.Core.OnCall;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.Storage;
using IncidentBot.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        services.AddSingleton<IPostmortemApprovalStore, LitePostmortemApprovalStore>();
        services.AddSingleton<ISentMailStore, LiteSentMailStore>();
        services.AddSingleton<IOutboxStore, LiteOutboxStore>();
        services.AddSingleton<IInboxStore, LiteInboxStore>();
        services.AddSingleton<IPlatformAddressStore, LitePlatformAddressStore>();
        services.AddSingleton<IGuestNameStore, LiteGuestNameStore>();
        services.AddSingleton<IPlatformRecordStore, LitePlatformRecordStore>();
        services.AddSingleton<IScheduleOverrideStore, LiteScheduleOverrideStore>();
        services.AddSingleton<IHandOffLog, LiteHandOffLog>();
        services.AddSingleton<Core.OnCall.Calendar.ICalendarLinkStore, LiteCalendarLinkStore>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="LiteJobStorage"/> on the <see cref="IncidentDatabase"/> as this host's own Hangfire
    /// <see cref="JobStorage"/> (resolved from the container, never the process-wide one), timed by the
    /// container's <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddIncidentJobStorage(this IServiceCollection services, LiteJobStorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<JobStorage>(sp => new LiteJobStorage(
            sp.GetRequiredService<IncidentDatabase>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            options,
            sp.GetService<ILoggerFactory>()));
        return services;
    }
}
