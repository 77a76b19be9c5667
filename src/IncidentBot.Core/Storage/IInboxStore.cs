namespace IncidentBot.Core.Storage;

/// <summary>
/// Remembers deliveries already taken in (a platform's event id, a Socket Mode envelope), so a platform's
/// retries and redeliveries are handled once.
/// </summary>
public interface IInboxStore
{
    /// <summary>True the first time a key is seen; false for a repeat.</summary>
    Task<bool> TryAcceptAsync(string key, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Gives a key back when handling what it stands for failed, so the platform's retry is handled.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);
}
