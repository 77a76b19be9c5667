namespace IncidentBot.Core.Storage;

/// <summary>
/// The mails the bot has handed to the mail server, by idempotence key (<c>inc-1/draft-2</c>): a job that runs again
/// after its mail went out (a retry after a crash, a second enqueue) finds the key and sends nothing.
/// </summary>
public interface ISentMailStore
{
    /// <summary>When the mail of <paramref name="key"/> was sent; null when it was not.</summary>
    Task<DateTimeOffset?> SentAtAsync(string key, CancellationToken cancellationToken = default);

    Task MarkSentAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default);
}
