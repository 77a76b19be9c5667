using System.Globalization;
using Hangfire;
using IncidentBot.Storage.Jobs;

namespace IncidentBot.Storage.Tests.Jobs;

/// <summary>
/// Run as a child process by <see cref="ProcessKillTests"/>: opens the bot's database in a folder, enqueues
/// <see cref="RecordedJob"/>s when asked, and processes jobs with 4 workers until it is killed.
/// </summary>
public static class JobRunner
{
    public const string Verb = "job-runner";

    public static readonly LiteJobStorageOptions Options = new()
    {
        InvisibilityTimeout = TimeSpan.FromSeconds(3),
        QueuePollInterval = TimeSpan.FromMilliseconds(200),
        DistributedLockLifetime = TimeSpan.FromSeconds(3),
    };

    public static int Run(string[] args)
    {
        if (args is not [Verb, var folder, var count])
        {
            Console.Error.WriteLine($"usage: {Verb} <data folder> <jobs to enqueue>");
            return 2;
        }

        using var database = TestStorage.Open(folder);
        var storage = new LiteJobStorage(database, TimeProvider.System, Options);
        var client = new BackgroundJobClient(storage);
        for (var i = 0; i < int.Parse(count, CultureInfo.InvariantCulture); i++)
        {
            var number = i;
            client.Enqueue<RecordedJob>(job => job.Run(number));
        }

        using var server = new BackgroundJobServer(
            new BackgroundJobServerOptions { WorkerCount = 4, Activator = new RecordedJobActivator(new RecordedJob(folder)) },
            storage);
        Console.WriteLine("running");
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }
}
