using IncidentBot.Core.Chat;
using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Captured messages by id, in a dictionary.</summary>
internal sealed class InMemoryTranscriptStore : ITranscriptStore
{
    public Dictionary<string, TranscriptMessage> Messages { get; } = [];

    public Task UpsertAsync(TranscriptMessage message, CancellationToken cancellationToken = default)
    {
        Messages[message.Id] = message;
        return Task.CompletedTask;
    }

    public Task<TranscriptMessage?> GetAsync(string channelId, string messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Messages.GetValueOrDefault(TranscriptMessage.IdOf(channelId, messageId)));

    public Task<IReadOnlyList<TranscriptMessage>> ListAsync(int incidentNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TranscriptMessage>>(Messages.Values.Where(m => m.IncidentNumber == incidentNumber).OrderBy(m => m.At).ToList());
}
