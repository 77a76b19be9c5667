using System.Globalization;

namespace IncidentBot.Storage.Tests.Jobs;

/// <summary>
/// An idempotent job for the process tests: it notes in <c>runs.txt</c> that it started and that it finished
/// (with the process id), and running it twice changes nothing but the notes.
/// </summary>
public sealed class RecordedJob(string folder)
{
    public const string RunsFile = "runs.txt";

    private readonly Lock _file = new();

    public void Run(int number)
    {
        Note("start", number);
        Thread.Sleep(30);
        Note("done", number);
    }

    private void Note(string what, int number)
    {
        // One appender at a time: concurrent appends to one file overwrite each other.
        lock (_file)
        {
            File.AppendAllText(Path.Combine(folder, RunsFile), string.Create(CultureInfo.InvariantCulture, $"{what} {number} {Environment.ProcessId}\n"));
        }
    }
}
