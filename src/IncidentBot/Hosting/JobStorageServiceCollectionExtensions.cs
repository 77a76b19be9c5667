using Hangfire;
using Hangfire.InMemory;
using IncidentBot.Configuration;
using IncidentBot.Storage;

namespace IncidentBot.Hosting;

/// <summary>Chooses the host's own Hangfire <see cref="JobStorage"/> from <c>IncidentBot:JobStorage</c>.</summary>
public static class JobStorageServiceCollectionExtensions
{
    /// <summary>
    /// The bot's database file (the default: jobs survive restarts with the incidents they act on), or memory when a
    /// test asks for it with <c>IncidentBot:JobStorage=memory</c>.
    /// </summary>
    public static IServiceCollection AddBotJobStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var choice = configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.JobStorage)}"];
        if (string.Equals(choice, BotOptions.MemoryJobStorage, StringComparison.Ordinal))
        {
            return services.AddSingleton<JobStorage>(_ => new InMemoryStorage(new InMemoryStorageOptions()));
        }

        return services.AddIncidentJobStorage();
    }
}
