using Hangfire;
using Hangfire.InMemory;
using IncidentBot.Hosting;
using IncidentBot.Storage;
using IncidentBot.Storage.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Host;

public sealed class JobStorageChoiceTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-jobstorage-{Guid.NewGuid():N}");

    [Fact]
    public void AddBotJobStorage_NothingConfigured_KeepsJobsInTheDatabaseFile()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddIncidentStorage(_dataFolder).AddBotJobStorage(configuration).BuildServiceProvider();

        Assert.IsType<LiteJobStorage>(services.GetRequiredService<JobStorage>());
    }

    [Fact]
    public void AddBotJobStorage_MemoryAsked_KeepsJobsInMemory()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["IncidentBot:JobStorage"] = "memory" }).Build();
        using var services = new ServiceCollection().AddIncidentStorage(_dataFolder).AddBotJobStorage(configuration).BuildServiceProvider();

        Assert.IsType<InMemoryStorage>(services.GetRequiredService<JobStorage>());
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
