using IncidentBot.Core.Chat;

namespace IncidentBot.Core.Storage;

/// <summary>The captured conversation of incident channels.</summary>
public interface ITranscriptStore
{
    /// <summary>Adds or replaces a message (by <see cref="TranscriptMessage.Id"/>).</summary>
    Task UpsertAsync(TranscriptMessage message, CancellationToken cancellationToken = default);

    Task<TranscriptMessage?> GetAsync(string channelId, string messageId, CancellationToken cancellationToken = default);

    /// <summary>An incident's messages, oldest first.</summary>
    Task<IReadOnlyList<TranscriptMessage>> ListAsync(int incidentNumber, CancellationToken cancellationToken = default);
}
