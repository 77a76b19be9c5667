using System.Diagnostics;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Storage.Tests;

/// <summary>
/// Run as a child process by <see cref="DurabilityTests"/> (through <see cref="TestProgram"/>): it saves an
/// incident in the folder it is given, says so, and kills its own process (SIGKILL on Unix) without closing
/// the database, as a crash or <c>kill -9</c> right after an acknowledgement would.
/// </summary>
public static class CrashWriter
{
    public const string Verb = "crash-writer";

    public const string Title = "Saved right before the crash";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [Verb, string folder])
        {
            await Console.Error.WriteLineAsync($"usage: {Verb} <data folder>");
            return 2;
        }

        IncidentDatabase database = TestStorage.Open(folder);
        Incident incident = IncidentStoreTests.Declared(Title);
        await new LiteIncidentStore(database).AddAsync(incident);
        Console.WriteLine($"saved {incident.Number}");
        Console.Out.Flush();
        Process.GetCurrentProcess().Kill();
        return 1;
    }
}
