using System.Diagnostics;
using System.Globalization;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class ProcessKillTests
{
    private const int Jobs = 120;
    private const int Workers = 4;

    [Fact]
    public async Task KilledWhileProcessing_AfterRestart_EveryJobRunsAndOnlyJobsInFlightRunTwice()
    {
        using TempFolder folder = new();
        Directory.CreateDirectory(folder.Path);
        var runs = Path.Combine(folder.Path, RecordedJob.RunsFile);

        using (var first = ChildProcess.Start(JobRunner.Verb, folder.Path, $"{Jobs}"))
        {
            try
            {
                await UntilAsync(() => Records(runs).Count(r => r.What == "done") >= Jobs / 4, first);
            }
            finally
            {
                ChildProcess.KillIfRunning(first);
            }

            Assert.Equal(OperatingSystem.IsWindows() ? -1 : 128 + 9, first.ExitCode);
        }

        var beforeKill = Records(runs);
        var killedPid = beforeKill[0].Pid;
        Assert.Contains(Enumerable.Range(0, Jobs), n => !beforeKill.Any(r => r.Job == n));

        var restarted = Stopwatch.StartNew();
        using (var second = ChildProcess.Start(JobRunner.Verb, folder.Path, "0"))
        {
            try
            {
                await UntilAsync(() => Records(runs).Where(r => r.What == "done").Select(r => r.Job).Distinct().Count() == Jobs, second);
            }
            finally
            {
                ChildProcess.KillIfRunning(second);
            }
        }

        var all = Records(runs);
        var startedTwice = all.Where(r => r.What == "start").GroupBy(r => r.Job).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.All(Enumerable.Range(0, Jobs), n => Assert.Contains(all, r => r.What == "done" && r.Job == n));
        Assert.All(startedTwice, n => Assert.Contains(beforeKill, r => r.What == "start" && r.Job == n && r.Pid == killedPid));
        Assert.True(startedTwice.Count <= Workers, $"{startedTwice.Count} jobs ran twice; at most {Workers} were in flight");
        Assert.True(restarted.Elapsed < TimeSpan.FromMinutes(1), $"took {restarted.Elapsed} to recover");
    }

    private static List<(string What, int Job, int Pid)> Records(string file) => File.Exists(file)
        ? File.ReadAllLines(file)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 3)
            .Select(parts => (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture)))
            .ToList()
        : [];

    private static async Task UntilAsync(Func<bool> condition, Process child)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (child.HasExited)
            {
                Assert.Fail($"the job runner exited with {child.ExitCode}: {await child.StandardError.ReadToEndAsync()}");
            }

            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), "the jobs did not run within a minute");
            await Task.Delay(50);
        }
    }
}
