using IncidentBot.Configuration;

namespace IncidentBot.Storage;

/// <summary>
/// <c>backup --out &lt;file&gt;</c>: writes a copy of the data folder's database to a new file, which restores by being
/// a data folder's <c>incidentbot.db</c>. With no bot running it opens the folder itself (taking its lock); while a bot
/// holds it, it asks that bot (<see cref="BackupExchange"/>). Either way the copy is taken between two commits.
/// </summary>
public static class BackupCli
{
    public const string Usage = "usage: dotnet run --project src/IncidentBot -- backup --out <new file> [--IncidentBot:DataFolder=<folder>]";

    /// <summary>How long a running bot may take to answer: it looks for requests twice a second, then copies the file.</summary>
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (arguments is not ["--out", var outArgument, .. var settings])
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var target = Path.GetFullPath(outArgument);
        var dataFolder = Path.GetFullPath(DataFolderOf(settings));
        if (Refusal(target, dataFolder) is { } refusal)
        {
            await error.WriteLineAsync(refusal).ConfigureAwait(false);
            return 1;
        }

        var partial = target + ".partial";
        try
        {
            var how = await CopyAsync(dataFolder, partial).ConfigureAwait(false);
            File.Move(partial, target);
            await output.WriteLineAsync($"Backed up {dataFolder} to {target} ({new FileInfo(target).Length} bytes; {how}).").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or TimeoutException)
        {
            File.Delete(partial);
            await error.WriteLineAsync($"Backup of {dataFolder} failed: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Why the backup cannot start, in one line; null when it can.</summary>
    private static string? Refusal(string target, string dataFolder)
    {
        if (Directory.Exists(target) || File.Exists(target))
        {
            return $"{target} exists already: a backup never overwrites. Give --out a new file name.";
        }

        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            return $"The folder of --out, {Path.GetDirectoryName(target)}, does not exist. Create it or choose another.";
        }

        return File.Exists(Path.Combine(dataFolder, StorageOptions.FileName))
            ? null
            : $"There is no {StorageOptions.FileName} in {dataFolder} (IncidentBot:DataFolder): nothing to back up.";
    }

    /// <summary>The data folder as the bot would see it: the same configuration sources, read the same way.</summary>
    private static string DataFolderOf(string[] settings)
    {
        var configuration = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings, ContentRootPath = AppContext.BaseDirectory }).Configuration;
        return configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.DataFolder)}"] ?? new BotOptions().DataFolder;
    }

    /// <summary>Writes the copy to <paramref name="file"/>; says who took it.</summary>
    private static async Task<string> CopyAsync(string dataFolder, string file)
    {
        try
        {
            using var database = new IncidentDatabase(new StorageOptions { DataFolder = dataFolder });
            await database.BackupAsync(file).ConfigureAwait(false);
            return "no bot was running, copied directly";
        }
        catch (DataFolderInUseException inUse)
        {
            await AskTheRunningBotAsync(new BackupExchange(dataFolder), file, inUse.Owner ?? "the process holding the folder").ConfigureAwait(false);
            return $"copied by the running bot, {inUse.Owner}";
        }
    }

    private static async Task AskTheRunningBotAsync(BackupExchange exchange, string file, string owner)
    {
        var id = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(exchange.Folder);
        await File.WriteAllTextAsync(exchange.Request(id), string.Empty).ConfigureAwait(false);
        using var giveUp = new CancellationTokenSource(AnswerWithin);
        while (!giveUp.IsCancellationRequested)
        {
            if (File.Exists(exchange.Copy(id)))
            {
                File.Move(exchange.Copy(id), file);
                return;
            }

            if (File.Exists(exchange.Error(id)))
            {
                var reason = await File.ReadAllTextAsync(exchange.Error(id)).ConfigureAwait(false);
                File.Delete(exchange.Error(id));
                throw new IOException($"the running bot ({owner}) could not write the copy: {reason}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None).ConfigureAwait(false);
        }

        File.Delete(exchange.Request(id));
        throw new TimeoutException($"{owner} holds the folder but did not answer the backup request within {AnswerWithin.TotalMinutes} minutes (a bot of a version without backups?).");
    }
}
