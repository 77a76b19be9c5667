namespace IncidentBot.Storage;

/// <summary>
/// Answers the backup command while the bot holds the data folder (the command cannot open it then): it looks for
/// requests every half second and answers each with a copy taken between two commits (<see cref="IncidentDatabase.BackupAsync"/>).
/// </summary>
internal sealed partial class BackupRequests(IncidentDatabase database, StorageOptions options, TimeProvider time, ILogger<BackupRequests> logger)
    : BackgroundService
{
    private static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var exchange = new BackupExchange(options.DataFolder);
        using var timer = new PeriodicTimer(LookEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            foreach (var id in exchange.Pending())
            {
                await AnswerAsync(exchange, id).ConfigureAwait(false);
            }
        }
    }

    private async Task AnswerAsync(BackupExchange exchange, string id)
    {
        try
        {
            await database.BackupAsync(exchange.PartialCopy(id)).ConfigureAwait(false);
            File.Move(exchange.PartialCopy(id), exchange.Copy(id));
            LogAnswered(logger, exchange.Copy(id));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogFailed(logger, e);
            TryWrite(exchange.Error(id), e.Message);
        }
        finally
        {
            File.Delete(exchange.Request(id));
        }
    }

    private void TryWrite(string file, string text)
    {
        try
        {
            File.WriteAllText(file, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The command then gives up waiting and says the bot did not answer; the log has why.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup copy written to {File} for the backup command")]
    private static partial void LogAnswered(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "A backup the backup command asked for failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
