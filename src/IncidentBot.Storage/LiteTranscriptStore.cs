using IncidentBot.Core.Chat;
using IncidentBot.Core.Storage;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// The captured conversation in LiteDB, keyed by <c>channelId/messageId</c>. Each message also gets a
/// capture sequence (a storage-only field) so messages with the same time keep the order they arrived in;
/// a replaced message (an edit) keeps its place.
/// </summary>
public sealed class LiteTranscriptStore(IncidentDatabase database) : ITranscriptStore
{
    private const string SequenceField = "_seq";
    private const string SequenceCounter = "transcript";

    public async Task UpsertAsync(TranscriptMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Id);
        cancellationToken.ThrowIfCancellationRequested();
        await database.WriteAsync(() =>
        {
            var documents = database.TranscriptDocuments;
            var document = database.Mapper.ToDocument(message);
            var stored = documents.FindById(message.Id);
            document[SequenceField] = stored is not null && stored[SequenceField].IsInt64
                ? stored[SequenceField]
                : database.NextValue(SequenceCounter);
            return documents.Upsert(document);
        }).ConfigureAwait(false);
    }

    public Task<TranscriptMessage?> GetAsync(string channelId, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(messageId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<TranscriptMessage?>(database.Transcript.FindById(TranscriptMessage.IdOf(channelId, messageId)));
    }

    /// <summary>An incident's messages, oldest first; messages with the same time in the order they were captured.</summary>
    public Task<IReadOnlyList<TranscriptMessage>> ListAsync(int incidentNumber, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<TranscriptMessage> messages = database.TranscriptDocuments
            .Find(Query.EQ(nameof(TranscriptMessage.IncidentNumber), incidentNumber))
            .OrderBy(d => d[nameof(TranscriptMessage.At)].AsDateTime)
            .ThenBy(d => d[SequenceField].AsInt64)
            .Select(database.Mapper.ToObject<TranscriptMessage>)
            .ToList();
        return Task.FromResult(messages);
    }
}
