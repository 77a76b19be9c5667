using IncidentBot.Storage.Tests.Jobs;

namespace IncidentBot.Storage.Tests;

/// <summary>The test assembly's entry point, for the tests that run it as a child process and kill it.</summary>
public static class TestProgram
{
    public static async Task<int> Main(string[] args) => args switch
    {
        [CrashWriter.Verb, ..] => await CrashWriter.RunAsync(args),
        [JobRunner.Verb, ..] => JobRunner.Run(args),
        _ => 2,
    };
}
