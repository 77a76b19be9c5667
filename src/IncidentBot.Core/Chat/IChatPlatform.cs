using IncidentBot.Core.People;

namespace IncidentBot.Core.Chat;

/// <summary>
/// The chat workspace the bot works in. Slack, Teams and the local in-process platform implement it;
/// the core never knows which one it talks to.
/// </summary>
public interface IChatPlatform
{
    /// <summary>The platform's name: <c>local</c>, <c>slack</c>, <c>teams</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Opens the incident channel (a suffix is added when the name is taken) and sets its topic. A channel of that
    /// name the bot itself created since <paramref name="openedAt"/> (the incident's opening) is the incident's own,
    /// made by an earlier attempt whose answer was lost: it is adopted, not doubled.
    /// </summary>
    Task<ChannelRef> OpenIncidentChannelAsync(string name, string topic, DateTimeOffset openedAt, CancellationToken cancellationToken = default);

    Task<PostedMessage> PostAsync(string channelId, ChatMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="PostAsync"/>, giving the message's id before the post is stored, so a caller can store what
    /// refers to the message at the same time (on a database that shares commits, in the same commit).
    /// </summary>
    QueuedPost QueuePost(string channelId, ChatMessage message, CancellationToken cancellationToken = default);

    Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken cancellationToken = default);

    Task<PostedMessage> SendDirectAsync(Person person, ChatMessage message, CancellationToken cancellationToken = default);

    /// <summary>Shares a document in a channel: its summary as a message and the file attached (or linked).</summary>
    Task<PostedMessage> PostDocumentAsync(string channelId, ChatDocument document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Shares a document with one person, in their direct chat with the bot: as much of it as the platform shows in a
    /// message there, and its <see cref="ChatDocument.Link"/> to read the whole.
    /// </summary>
    Task<PostedMessage> SendDocumentDirectAsync(Person person, ChatDocument document, CancellationToken cancellationToken = default);

    /// <summary>
    /// The permalink of a message the bot posted, once the platform has it (a message still waiting in an
    /// outbox has none yet); null when there is none.
    /// </summary>
    Task<string?> GetPermalinkAsync(string channelId, string messageId, CancellationToken cancellationToken = default);

    Task InviteAsync(string channelId, IReadOnlyList<Person> people, CancellationToken cancellationToken = default);

    /// <summary>Keeps a link at hand in the channel (a Slack bookmark), e.g. the dashboard an alert points to.</summary>
    Task BookmarkAsync(string channelId, string title, Uri link, CancellationToken cancellationToken = default);
}
