using Hangfire;
using IncidentBot.Storage.Jobs;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class WorkerOverlapTests : IDisposable
{
    private const int Jobs = 300;
    private readonly TestStorage _files = new();

    [Fact]
    public async Task TwoServers_ManyJobsSomeOutlivingTheInvisibilityTimeout_NeverRunAJobTwiceOrAtOnce()
    {
        // Two storages on one file, as two processes would be; their claims meet only in the database. A claim is
        // renewed every fifth of the invisibility timeout by a thread-pool timer. The timeout is short enough that
        // some jobs outlive it, and long enough that a loaded machine cannot starve every renewal past it: with 1 s
        // and 2 s, renewals up to 1.2 s late were seen under a parallel test run, and a lapsed claim means a rerun
        // by design (production waits 30 s).
        var options = new LiteJobStorageOptions { InvisibilityTimeout = TimeSpan.FromSeconds(5), QueuePollInterval = TimeSpan.FromMilliseconds(100) };
        var first = new LiteJobStorage(_files.Database, TimeProvider.System, options);
        var second = new LiteJobStorage(_files.Database, TimeProvider.System, options);
        var recorder = new OverlapRecorder();
        var client = new BackgroundJobClient(first);
        for (var i = 0; i < Jobs; i++)
        {
            var number = i;
            var milliseconds = i % 100 == 0 ? 6000 : 2;
            client.Enqueue<OverlapRecorder>(job => job.Run(number, milliseconds));
        }

        using (Server(first, recorder))
        using (Server(second, recorder))
        {
            // Only a bound on jobs that never run, generous so a loaded machine cannot fail it.
            using var never = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            while (recorder.Runs.Count < Jobs && !never.IsCancellationRequested)
            {
                await Task.Delay(50);
            }
        }

        Assert.Equal(0, recorder.Overlaps);
        Assert.Equal(Jobs, recorder.Runs.Count);
        Assert.All(recorder.Runs, run => Assert.Equal(1, run.Value));
    }

    public void Dispose() => _files.Dispose();

    private static BackgroundJobServer Server(LiteJobStorage storage, OverlapRecorder recorder) => new(
        new BackgroundJobServerOptions { WorkerCount = 1, Activator = new RecordedJobActivator(recorder) },
        storage);
}
