using System.Diagnostics;
using System.Globalization;

namespace IncidentBot.Storage.Tests.Jobs;

public sealed class ProcessKillTests
{
    private const int Jobs = 120;
    private const int Workers = 4;
    private static readonly TimeSpan OutcomeTimeout = TimeSpan.FromMinutes(5);

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
                await WaitForAsync(() => Records(runs).Count(r => r.What == "done") >= Jobs / 4, first, "a quarter of the jobs to run");
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

        using (var second = ChildProcess.Start(JobRunner.Verb, folder.Path, "0"))
        {
            try
            {
                await WaitForAsync(() => Records(runs).Where(r => r.What == "done").Select(r => r.Job).Distinct().Count() == Jobs, second, "every job to run after the restart");
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
    }

    private static List<(string What, int Job, int Pid)> Records(string file) => File.Exists(file)
        ? File.ReadAllLines(file)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 3)
            .Select(parts => (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture)))
            .ToList()
        : [];

    /// <summary>
    /// Waits for <paramref name="outcome"/>. How long recovery takes is a benchmark figure, never asserted here: the
    /// timeout only bounds an outcome that never comes, and is generous so a loaded machine cannot fail the test.
    /// </summary>
    private static async Task WaitForAsync(Func<bool> outcome, Process child, string what)
    {
        using var never = new CancellationTokenSource(OutcomeTimeout);
        while (!outcome())
        {
            if (child.HasExited)
            {
                Assert.Fail($"the job runner exited with {child.ExitCode}: {await child.StandardError.ReadToEndAsync()}");
            }

            Assert.False(never.IsCancellationRequested, $"waited {OutcomeTimeout.TotalMinutes} minutes for {what}");
            await Task.Delay(50);
        }
    }
}
