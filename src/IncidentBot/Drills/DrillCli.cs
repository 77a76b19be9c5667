namespace IncidentBot.Drills;

/// <summary><c>drill &lt;file.yaml&gt; --out &lt;dir&gt;</c>: runs a drill and writes its output; exit 0 when it ran.</summary>
public static class DrillCli
{
    public const string Usage = "usage: dotnet run --project src/IncidentBot -- drill <file.yaml> --out <dir>";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (arguments is not [var file, "--out", var outDirectory])
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        try
        {
            var files = await RunFileAsync(file).ConfigureAwait(false);
            DrillOutput.Write(outDirectory, files);
            await output.WriteLineAsync($"Drill ran: {string.Join(", ", files.Keys)} written to {Path.GetFullPath(outDirectory)}").ConfigureAwait(false);
            return 0;
        }
        catch (DrillException e)
        {
            await error.WriteLineAsync($"{file}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Parses and runs a drill file; returns the output files by name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RunFileAsync(string file)
    {
        if (!File.Exists(file))
        {
            throw new DrillException("the drill file does not exist");
        }

        var drill = DrillParser.Parse(await File.ReadAllTextAsync(file).ConfigureAwait(false), Path.GetDirectoryName(Path.GetFullPath(file))!);
        var dataFolder = Path.Combine(Path.GetTempPath(), $"incidentbot-drill-{Guid.NewGuid():N}");
        await using var runner = new DrillRunner(drill, dataFolder);
        await runner.RunAsync().ConfigureAwait(false);
        return await DrillOutput.RenderAsync(runner.Services, drill.Zone).ConfigureAwait(false);
    }
}
