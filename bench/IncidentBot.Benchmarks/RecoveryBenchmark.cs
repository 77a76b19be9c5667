using System.Diagnostics;
using Hangfire;
using IncidentBot.Storage;
using IncidentBot.Storage.Jobs;

namespace IncidentBot.Benchmarks;

/// <summary>
/// Kills a process running jobs on the bot's storage with SIGKILL, starts it again on the same folder and
/// measures how long after the restart every job has run (default storage options: the killed process's claims
/// lapse 30 s after its last renewal).
/// </summary>
public static class RecoveryBenchmark
{
    public const string ChildVerb = "recovery-child";
    private const int Jobs = 100;

    public static void Run(TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"incidentbot-recovery-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var doneFile = Path.Combine(folder, "done.txt");
        try
        {
            using (var first = Start(folder, Jobs))
            {
                Run(first, () => WaitFor(() => Lines(doneFile).Count >= Jobs / 5, TimeSpan.FromMinutes(1)));
            }

            var beforeKill = Lines(doneFile);
            var restarted = Stopwatch.StartNew();
            TimeSpan recovered;
            using (var second = Start(folder, 0))
            {
                Run(second, () => WaitFor(() => Lines(doneFile).Distinct().Count() == Jobs, TimeSpan.FromMinutes(3)));
                recovered = restarted.Elapsed;
            }

            var started = Lines(Path.Combine(folder, "started.txt"));
            output.WriteLine();
            output.WriteLine(
                $"Recovery: {Jobs} jobs of 100 ms, SIGKILL after {beforeKill.Count} had finished; after the restart every job had run within " +
                $"{recovered.TotalSeconds:F1} s; {started.Count - started.Distinct().Count()} started twice (in flight at the kill), none lost.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The child: enqueues <paramref name="jobs"/> slow jobs when asked, then processes until killed.</summary>
    public static void Child(string folder, int jobs)
    {
        GlobalConfiguration.Configuration.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
        using var database = new IncidentDatabase(new StorageOptions { DataFolder = folder });
        var storage = new LiteJobStorage(database, TimeProvider.System);
        var client = new BackgroundJobClient(storage);
        for (var i = 0; i < jobs; i++)
        {
            var number = i;
            client.Enqueue<JobProbe>(p => p.Slow(number));
        }

        var probe = new JobProbe { RunFolder = folder };
        using var server = new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 4, Activator = new ProbeActivator(probe) }, storage);
        Thread.Sleep(Timeout.Infinite);
    }

    private static Process Start(string folder, int jobs)
    {
        // Under `dotnet run` this is the app host; under `dotnet x.dll` it is dotnet, which needs the dll first.
        var host = Environment.ProcessPath!;
        string[] arguments = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? [typeof(RecoveryBenchmark).Assembly.Location, ChildVerb, folder, $"{jobs}"]
            : [ChildVerb, folder, $"{jobs}"];
        var child = Process.Start(new ProcessStartInfo(host, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("the child did not start");
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits, then kills the child with SIGKILL, whether the wait succeeded or not.</summary>
    private static void Run(Process child, Action wait)
    {
        try
        {
            wait();
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }

            child.WaitForExit();
        }
    }

    private static List<string> Lines(string file) => File.Exists(file) ? File.ReadAllLines(file).Where(l => l.Length > 0).ToList() : [];

    private static void WaitFor(Func<bool> condition, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException("the jobs did not all run in time");
            }

            Thread.Sleep(50);
        }
    }
}
