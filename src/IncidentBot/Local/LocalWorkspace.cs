using System.Globalization;
using IncidentBot.Core.Chat;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;

namespace IncidentBot.Local;

/// <summary>
/// An in-process chat workspace implementing the same port as Slack and Teams: channels, direct messages,
/// messages with buttons, reactions and a transcript. Drills, tests and the local playground run on it.
/// Every channel and message is kept in the bot's database (<see cref="IPlatformRecordStore"/>) and read back at
/// start, so a restart loses nothing; a change is committed before the call that made it completes. Reads come
/// from memory. Thread-safe; message ids are sequential (1, 2, 3 …, continued after a restart) so drills are deterministic.
/// </summary>
public sealed class LocalWorkspace : IChatPlatform
{
    public const string PlatformName = "local";

    /// <summary>Where <c>/incident declare</c> is typed and incidents are announced.</summary>
    public const string IncidentsChannelId = "C-incidents";

    /// <summary>Where drafted postmortems are posted.</summary>
    public const string ReportsChannelId = "C-reports";

    /// <summary>How the id of a person's direct conversation with the bot starts (<c>D-ada</c>).</summary>
    public const string DirectPrefix = "D-";

    private const string ChannelPrefix = "C-";
    private const string BotName = "IncidentBot";

    private readonly TimeProvider _time;
    private readonly LocalPermalinks _permalinks;
    private readonly LocalWorkspaceStore _store;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LocalChannel> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LocalMessage>> _messages = new(StringComparer.Ordinal);
    private int _lastMessage;

    /// <summary>Opens the workspace as the database last saw it.</summary>
    public LocalWorkspace(TimeProvider time, LocalPermalinks permalinks, IPlatformRecordStore records)
    {
        ArgumentNullException.ThrowIfNull(records);
        (_time, _permalinks, _store) = (time, permalinks, new LocalWorkspaceStore(records));
        foreach (var channel in _store.LoadChannels())
        {
            _channels[channel.Id] = channel;
        }

        _channels.TryAdd(IncidentsChannelId, NewChannel(IncidentsChannelId, "incidents", isDirect: false));
        _channels.TryAdd(ReportsChannelId, NewChannel(ReportsChannelId, "incident-reports", isDirect: false));
        foreach (var message in _store.LoadMessages())
        {
            if (!_channels.ContainsKey(message.ChannelId))
            {
                _channels[message.ChannelId] = Reopened(message.ChannelId);
            }

            Messages(_channels[message.ChannelId]).Add(message);
            _lastMessage = message.Sequence;
        }
    }

    /// <summary>
    /// A channel changed (a message posted, updated or reacted to; a channel opened or joined), with its id; raised once
    /// the change is committed, outside the workspace's lock. For a screen that shows the workspace live.
    /// </summary>
    public event Action<string>? ChannelChanged;

    public string Name => PlatformName;

    public async Task<ChannelRef> OpenIncidentChannelAsync(string name, string topic, DateTimeOffset openedAt, CancellationToken cancellationToken = default)
    {
        LocalChannel channel;
        Task saved;
        lock (_gate)
        {
            // A channel of this name opened since the incident was: an earlier attempt's, whose answer was lost.
            if (_channels.Values.FirstOrDefault(c => c.Name == name && c.OpenedAt >= openedAt) is { } adopted)
            {
                return new ChannelRef(adopted.Id, adopted.Name);
            }

            var unique = name;
            for (var suffix = 2; _channels.Values.Any(c => c.Name == unique); suffix++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{suffix}");
            }

            channel = NewChannel(ChannelPrefix + unique, unique, isDirect: false) with { Topic = topic, OpenedAt = _time.GetUtcNow() };
            saved = Put(channel);
        }

        await Committed(channel.Id, saved).ConfigureAwait(false);
        return new ChannelRef(channel.Id, channel.Name);
    }

    public async Task<PostedMessage> PostAsync(string channelId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        var queued = QueuePost(channelId, message, cancellationToken);
        await queued.Stored.ConfigureAwait(false);
        return queued.Message;
    }

    public QueuedPost QueuePost(string channelId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (posted, saved) = Append(channelId, authorId: null, BotName, message.Text, message.ButtonsOrEmpty, visibleTo: null, sent: message);
        return new QueuedPost(posted, Committed(channelId, saved));
    }

    public Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Change(channelId, messageId, m => m with { Text = message.Text, Buttons = message.ButtonsOrEmpty, Sent = message });
    }

    public Task<PostedMessage> SendDirectAsync(Person person, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(message);
        return PostedAsync(DirectChannelId(person.Id), authorId: null, BotName, message.Text, message.ButtonsOrEmpty, visibleTo: person.Id, sent: message);
    }

    /// <summary>The document's title and summary with a link to read the whole report, the file attached.</summary>
    public Task<PostedMessage> PostDocumentAsync(string channelId, ChatDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PostedAsync(channelId, authorId: null, BotName, DocumentText(document), [], visibleTo: null, attachments: [document.FileName]);
    }

    public Task<PostedMessage> SendDocumentDirectAsync(Person person, ChatDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(document);
        return PostedAsync(DirectChannelId(person.Id), authorId: null, BotName, DocumentText(document), [], visibleTo: person.Id, attachments: [document.FileName]);
    }

    public Task<string?> GetPermalinkAsync(string channelId, string messageId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var channel = _channels.GetValueOrDefault(channelId);
            return Task.FromResult(channel is null ? null : _permalinks.For(channel.Name, messageId));
        }
    }

    public Task InviteAsync(string channelId, IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        return ChangeChannel(channelId, c => Joined(c, people.Select(p => p.Id)));
    }

    public Task BookmarkAsync(string channelId, string title, Uri link, CancellationToken cancellationToken = default) =>
        ChangeChannel(channelId, c => c with { Bookmarks = [.. c.Bookmarks, new LocalBookmark(title, link)] });

    /// <summary>A person writes in a channel (they join it by writing); committed when this completes.</summary>
    public Task<PostedMessage> SayAsync(string personId, string personName, string channelId, string text)
    {
        lock (_gate)
        {
            var channel = Known(channelId, out var opened);
            // Queued before the message, so the message is never stored in a channel its author is not in.
            var joined = channel.HasMember(personId) ? opened : Task.WhenAll(opened, Put(Joined(channel, [personId])));
            return PostedAsync(channelId, personId, personName, text, [], visibleTo: null, before: joined);
        }
    }

    /// <summary>An answer only one person sees (a slash command's reply); committed when this completes.</summary>
    public Task<PostedMessage> WhisperAsync(string channelId, string personId, string text) =>
        PostedAsync(channelId, authorId: null, BotName, text, [], visibleTo: personId);

    /// <summary>A person reacts to a message with an emoji; false when they cannot see it or had reacted so already.</summary>
    public async Task<bool> ReactAsync(string channelId, string messageId, string personId, string emoji, DateTimeOffset at)
    {
        var added = false;
        await Change(channelId, messageId, m =>
        {
            if (!m.IsSeenBy(personId) || m.Reactions.Any(r => r.PersonId == personId && r.Emoji == emoji))
            {
                return m;
            }

            added = true;
            return m with { Reactions = [.. m.Reactions, new LocalReaction(personId, emoji, at)] };
        }).ConfigureAwait(false);
        return added;
    }

    /// <summary>Every channel, in the order a chat app lists them: #incidents, #incident-reports, incident channels by when they opened, then direct conversations.</summary>
    public IReadOnlyList<LocalChannel> Channels
    {
        get
        {
            lock (_gate)
            {
                return [.. _channels.Values.OrderBy(c => c.Kind).ThenBy(c => c.OpenedAt).ThenBy(c => c.Name, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The channels a person sees: every channel but the direct conversations of others.</summary>
    public IReadOnlyList<LocalChannel> ChannelsOf(string personId) =>
        [.. Channels.Where(c => !c.IsDirect || c.PersonId == personId)];

    public LocalChannel? FindChannel(string channelId)
    {
        lock (_gate)
        {
            return _channels.GetValueOrDefault(channelId);
        }
    }

    /// <summary>The channel of this name (<c>incidents</c>, <c>inc-1-…</c>, <c>dm-ada</c>); null when there is none.</summary>
    public LocalChannel? FindChannelNamed(string name)
    {
        lock (_gate)
        {
            return _channels.Values.FirstOrDefault(c => c.Name == name);
        }
    }

    /// <summary>Every message of a channel, whispers included, oldest first.</summary>
    public IReadOnlyList<LocalMessage> MessagesOf(string channelId)
    {
        lock (_gate)
        {
            return [.. _messages.GetValueOrDefault(channelId) ?? []];
        }
    }

    /// <summary>The messages of a channel as one person sees them, oldest first.</summary>
    public IReadOnlyList<LocalMessage> MessagesSeenBy(string channelId, string? personId)
    {
        lock (_gate)
        {
            return [.. (_messages.GetValueOrDefault(channelId) ?? []).Where(m => m.IsSeenBy(personId))];
        }
    }

    /// <summary>A message by its channel and id; null when there is none.</summary>
    public LocalMessage? FindMessage(string channelId, string messageId)
    {
        lock (_gate)
        {
            return _messages.GetValueOrDefault(channelId)?.Find(m => m.Id == messageId);
        }
    }

    /// <summary>The newest button with this label (case-insensitive) that the person can see, anywhere.</summary>
    public (LocalMessage Message, ChatButton Button)? NewestButton(string personId, string label)
    {
        lock (_gate)
        {
            return _channels.Values
                .Where(c => !c.IsDirect || c.Id == DirectChannelId(personId))
                .SelectMany(c => _messages.GetValueOrDefault(c.Id) ?? [])
                .Where(m => m.IsSeenBy(personId))
                .SelectMany(m => m.Buttons.Where(b => string.Equals(b.Label, label, StringComparison.OrdinalIgnoreCase)).Select(b => (Message: m, Button: b)))
                .OrderByDescending(x => x.Message.At).ThenByDescending(x => x.Message.Sequence)
                .Select(x => ((LocalMessage, ChatButton)?)x)
                .FirstOrDefault();
        }
    }

    public static string DirectChannelId(string personId) => DirectPrefix + personId;

    private async Task<PostedMessage> PostedAsync(
        string channelId, string? authorId, string authorName, string text, IReadOnlyList<ChatButton> buttons, string? visibleTo,
        IReadOnlyList<string>? attachments = null, ChatMessage? sent = null, Task? before = null)
    {
        var (posted, saved) = Append(channelId, authorId, authorName, text, buttons, visibleTo, attachments, sent);
        await Committed(channelId, before is null ? saved : Task.WhenAll(before, saved)).ConfigureAwait(false);
        return posted;
    }

    /// <summary>Adds a message under the lock and queues its save; the message is the caller's once the save completes.</summary>
    private (PostedMessage Posted, Task Saved) Append(
        string channelId, string? authorId, string authorName, string text, IReadOnlyList<ChatButton> buttons, string? visibleTo,
        IReadOnlyList<string>? attachments = null, ChatMessage? sent = null)
    {
        lock (_gate)
        {
            var channel = Known(channelId, out var opened);
            var id = (++_lastMessage).ToString(CultureInfo.InvariantCulture);
            var at = _time.GetUtcNow();
            var message = new LocalMessage(id, channelId, authorId, authorName, text, at, buttons, visibleTo, attachments ?? [], [], sent);
            Messages(channel).Add(message);
            return (new PostedMessage(channelId, id, _permalinks.For(channel.Name, id), at), Task.WhenAll(opened, _store.SaveAsync(message)));
        }
    }

    private Task Change(string channelId, string messageId, Func<LocalMessage, LocalMessage> change)
    {
        Task saved;
        lock (_gate)
        {
            var messages = _messages.GetValueOrDefault(channelId) ?? [];
            var index = messages.FindIndex(m => m.Id == messageId);
            if (index < 0)
            {
                throw new InvalidOperationException($"No message {messageId} in {channelId}.");
            }

            var changed = change(messages[index]);
            if (changed == messages[index])
            {
                return Task.CompletedTask;
            }

            messages[index] = changed;
            saved = _store.SaveAsync(changed);
        }

        return Committed(channelId, saved);
    }

    private Task ChangeChannel(string channelId, Func<LocalChannel, LocalChannel> change)
    {
        Task saved;
        lock (_gate)
        {
            var channel = Known(channelId, out var opened);
            var changed = change(channel);
            saved = changed == channel ? opened : Task.WhenAll(opened, Put(changed));
        }

        return Committed(channelId, saved);
    }

    private async Task Committed(string channelId, Task saved)
    {
        await saved.ConfigureAwait(false);
        ChannelChanged?.Invoke(channelId);
    }

    /// <summary>Replaces the channel in memory and queues its save. Called under the lock (as every save), so saves commit in the order of the changes.</summary>
    private Task Put(LocalChannel channel)
    {
        _channels[channel.Id] = channel;
        return _store.SaveAsync(channel);
    }

    private List<LocalMessage> Messages(LocalChannel channel)
    {
        if (!_messages.TryGetValue(channel.Id, out var messages))
        {
            _messages[channel.Id] = messages = [];
        }

        return messages;
    }

    /// <summary>
    /// The channel with this id, opened when it is not yet (<paramref name="opened"/> is then its save). A person's
    /// direct conversation opens with the bot's first message to them. A database from before the workspace was kept
    /// holds incidents whose channels it never saw: such a channel is opened again, empty, under the name its id carries.
    /// </summary>
    private LocalChannel Known(string channelId, out Task opened)
    {
        if (_channels.TryGetValue(channelId, out var channel))
        {
            opened = Task.CompletedTask;
            return channel;
        }

        channel = Reopened(channelId);
        opened = Put(channel);
        return channel;
    }

    private static LocalChannel Reopened(string channelId)
    {
        if (channelId.StartsWith(DirectPrefix, StringComparison.Ordinal))
        {
            var personId = channelId[DirectPrefix.Length..];
            return NewChannel(channelId, "dm-" + personId, isDirect: true) with { Members = [personId] };
        }

        return channelId.StartsWith(ChannelPrefix, StringComparison.Ordinal)
            ? NewChannel(channelId, channelId[ChannelPrefix.Length..], isDirect: false)
            : throw new InvalidOperationException($"'{channelId}' is not a local workspace channel id.");
    }

    private static LocalChannel NewChannel(string id, string name, bool isDirect) => new(id, name, isDirect, "", [], []);

    private static LocalChannel Joined(LocalChannel channel, IEnumerable<string> people)
    {
        var joining = people.Where(p => !channel.HasMember(p)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return joining.Count == 0 ? channel : channel with { Members = [.. channel.Members, .. joining] };
    }

    private static string DocumentText(ChatDocument document) =>
        $"*{document.Title}*\n{document.Summary}\nRead the full report: {document.Link.OriginalString}";
}
