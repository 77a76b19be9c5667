using System.Diagnostics;

namespace IncidentBot.Storage.Tests;

/// <summary>Starts this test assembly as a child process (see <see cref="TestProgram"/>) on the tests' own dotnet host.</summary>
internal static class ChildProcess
{
    public static Process Start(params string[] arguments)
    {
        ProcessStartInfo start = new(DotnetHost(), [typeof(TestProgram).Assembly.Location, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("the child process did not start");
    }

    /// <summary>SIGKILL if it still runs (a failed test must not leave its child behind), then waits for it.</summary>
    public static void KillIfRunning(Process child)
    {
        if (!child.HasExited)
        {
            child.Kill(entireProcessTree: true);
        }

        child.WaitForExit();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
