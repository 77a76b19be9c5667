using System.Globalization;
using IncidentBot.Core.Chat;
using IncidentBot.Core.People;

namespace IncidentBot.Local;

/// <summary>
/// An in-process chat workspace implementing the same port as Slack and Teams: channels, direct messages,
/// messages with buttons, reactions and a transcript. Drills, tests and the local playground run on it.
/// Thread-safe; message ids are sequential so drills are deterministic.
/// </summary>
public sealed class LocalWorkspace(TimeProvider time, LocalPermalinks permalinks) : IChatPlatform
{
    public const string PlatformName = "local";

    /// <summary>Where <c>/incident declare</c> is typed and incidents are announced.</summary>
    public const string IncidentsChannelId = "C-incidents";

    /// <summary>Where drafted postmortems are posted.</summary>
    public const string ReportsChannelId = "C-reports";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LocalChannel> _channels = new(StringComparer.Ordinal)
    {
        [IncidentsChannelId] = new LocalChannel(IncidentsChannelId, "incidents", isDirect: false),
        [ReportsChannelId] = new LocalChannel(ReportsChannelId, "incident-reports", isDirect: false),
    };

    private int _nextMessage;

    public string Name => PlatformName;

    public Task<ChannelRef> OpenIncidentChannelAsync(string name, string topic, DateTimeOffset openedAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var unique = name;
            for (var suffix = 2; _channels.Values.Any(c => c.Name == unique); suffix++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{suffix}");
            }

            var channel = new LocalChannel("C-" + unique, unique, isDirect: false) { Topic = topic };
            _channels.Add(channel.Id, channel);
            return Task.FromResult(new ChannelRef(channel.Id, channel.Name));
        }
    }

    public Task<PostedMessage> PostAsync(string channelId, ChatMessage message, CancellationToken cancellationToken = default) =>
        Task.FromResult(QueuePost(channelId, message, cancellationToken).Message);

    public QueuedPost QueuePost(string channelId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new QueuedPost(Append(channelId, authorId: null, "IncidentBot", message.Text, message.ButtonsOrEmpty, visibleTo: null, sent: message), Task.CompletedTask);
    }

    public Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            var messages = Channel(channelId).Messages;
            var index = messages.FindIndex(m => m.Id == messageId);
            if (index < 0)
            {
                throw new InvalidOperationException($"No message {messageId} in {channelId}.");
            }

            messages[index] = messages[index] with { Text = message.Text, Buttons = message.ButtonsOrEmpty, Sent = message };
        }

        return Task.CompletedTask;
    }

    public Task<PostedMessage> SendDirectAsync(Person person, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(message);
        var channelId = DirectChannel(person.Id);
        return Task.FromResult(Append(channelId, authorId: null, "IncidentBot", message.Text, message.ButtonsOrEmpty, visibleTo: person.Id, sent: message));
    }

    /// <summary>The summary with the link to read the whole report, the file attached.</summary>
    public Task<PostedMessage> PostDocumentAsync(string channelId, ChatDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Task.FromResult(Append(channelId, authorId: null, "IncidentBot", DocumentText(document), [], visibleTo: null, [document.FileName]));
    }

    public Task<PostedMessage> SendDocumentDirectAsync(Person person, ChatDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(document);
        return Task.FromResult(Append(DirectChannel(person.Id), authorId: null, "IncidentBot", DocumentText(document), [], visibleTo: person.Id, [document.FileName]));
    }

    public Task<string?> GetPermalinkAsync(string channelId, string messageId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var channel = _channels.GetValueOrDefault(channelId);
            return Task.FromResult(channel is null ? null : permalinks.For(channel.Name, messageId));
        }
    }

    public Task InviteAsync(string channelId, IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        lock (_gate)
        {
            Channel(channelId).Members.UnionWith(people.Select(p => p.Id));
        }

        return Task.CompletedTask;
    }

    public Task BookmarkAsync(string channelId, string title, Uri link, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Channel(channelId).Bookmarks.Add(new(title, link));
        }

        return Task.CompletedTask;
    }

    /// <summary>A person writes in a channel (they join it by writing).</summary>
    public PostedMessage Say(string personId, string personName, string channelId, string text)
    {
        lock (_gate)
        {
            Channel(channelId).Members.Add(personId);
        }

        return Append(channelId, personId, personName, text, [], visibleTo: null);
    }

    /// <summary>An answer only one person sees (a slash command's reply).</summary>
    public PostedMessage Whisper(string channelId, string personId, string text) =>
        Append(channelId, authorId: null, "IncidentBot", text, [], visibleTo: personId);

    public IReadOnlyList<LocalChannel> Channels
    {
        get
        {
            lock (_gate)
            {
                return _channels.Values.ToList();
            }
        }
    }

    public LocalChannel? FindChannel(string channelId)
    {
        lock (_gate)
        {
            return _channels.GetValueOrDefault(channelId);
        }
    }

    /// <summary>The messages of a channel as one person sees them, oldest first.</summary>
    public IReadOnlyList<LocalMessage> MessagesSeenBy(string channelId, string? personId)
    {
        lock (_gate)
        {
            return Channel(channelId).Messages.Where(m => m.VisibleTo is null || m.VisibleTo == personId).ToList();
        }
    }

    /// <summary>The newest button with this label (case-insensitive) that the person can see, anywhere.</summary>
    public (LocalMessage Message, ChatButton Button)? NewestButton(string personId, string label)
    {
        lock (_gate)
        {
            return _channels.Values
                .Where(c => !c.IsDirect || c.Id == DirectChannelId(personId))
                .SelectMany(c => c.Messages)
                .Where(m => m.VisibleTo is null || m.VisibleTo == personId)
                .SelectMany(m => m.Buttons.Where(b => string.Equals(b.Label, label, StringComparison.OrdinalIgnoreCase)).Select(b => (Message: m, Button: b)))
                .OrderByDescending(x => x.Message.At).ThenByDescending(x => MessageOrder(x.Message.Id))
                .Select(x => ((LocalMessage, ChatButton)?)x)
                .FirstOrDefault();
        }
    }

    public static string DirectChannelId(string personId) => "D-" + personId;

    private string DirectChannel(string personId)
    {
        lock (_gate)
        {
            var id = DirectChannelId(personId);
            if (!_channels.ContainsKey(id))
            {
                var channel = new LocalChannel(id, "dm-" + personId, isDirect: true);
                channel.Members.Add(personId);
                _channels.Add(id, channel);
            }

            return id;
        }
    }

    private PostedMessage Append(
        string channelId, string? authorId, string authorName, string text, IReadOnlyList<ChatButton> buttons, string? visibleTo, IReadOnlyList<string>? attachments = null,
        ChatMessage? sent = null)
    {
        lock (_gate)
        {
            var channel = Channel(channelId);
            var id = (++_nextMessage).ToString(CultureInfo.InvariantCulture);
            var at = time.GetUtcNow();
            channel.Messages.Add(new LocalMessage(id, channelId, authorId, authorName, text, at, buttons, visibleTo, attachments ?? [], sent));
            return new PostedMessage(channelId, id, permalinks.For(channel.Name, id), at);
        }
    }

    /// <summary>
    /// The channel with this id. The workspace lives in memory, so after a restart it meets channels the bot
    /// stored earlier: those are opened again, empty, under the name their id carries.
    /// </summary>
    private LocalChannel Channel(string channelId)
    {
        if (_channels.TryGetValue(channelId, out var channel))
        {
            return channel;
        }

        var isDirect = channelId.StartsWith("D-", StringComparison.Ordinal);
        if (!isDirect && !channelId.StartsWith("C-", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{channelId}' is not a local workspace channel id.");
        }

        channel = new LocalChannel(channelId, isDirect ? "dm-" + channelId[2..] : channelId[2..], isDirect);
        _channels.Add(channelId, channel);
        return channel;
    }

    private static string DocumentText(ChatDocument document) =>
        $"*{document.Title}*\n{document.Summary}\nRead the full report: {document.Link.OriginalString}";

    private static int MessageOrder(string id) => int.Parse(id, CultureInfo.InvariantCulture);
}
