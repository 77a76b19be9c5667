using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.People;
using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// The core's chat port on Slack. Creating a channel is a direct call (it runs in a job, which retries);
/// everything else, its topic included, is written to the durable outbox first and delivered by a job, in order per channel, so
/// a Slack outage delays messages but never loses them, and a slash command is answered in milliseconds.
/// Messages are known to the core by their outbox id (<c>ob-42</c>) until Slack gives them a <c>ts</c>.
/// </summary>
public sealed class SlackChatPlatform(
    SlackApiClient slack, ISlackBotIdentity bot, IOutboxStore outbox, OutboxWriter writer, IIncidentLinks links)
    : IChatPlatform, ISlackEphemeral, ISlackResponder, ISlackMessageEditor
{
    /// <summary>Slack's longest channel name.</summary>
    public const int MaxChannelName = 80;

    public string Name => SlackOutboxKinds.Platform;

    public async Task<ChannelRef> OpenIncidentChannelAsync(string name, string topic, DateTimeOffset openedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(topic);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? name : WithSuffix(name, attempt);
            SlackChannel? channel;
            try
            {
                channel = await CreateAsync(candidate, openedAt, cancellationToken).ConfigureAwait(false);
            }
            catch (SlackApiException e) when (e.Error == "name_taken" && attempt < 50)
            {
                // Taken by this set-up's earlier attempt whose answer was lost (adopted), or else by an earlier incident
                // or a person (the next suffix is tried).
                channel = await OwnChannelAsync(candidate, openedAt, cancellationToken).ConfigureAwait(false);
            }

            if (channel is not null)
            {
                var payload = new SlackOutboxPayload { Channel = channel.Id, Text = SlackMrkdwn.Truncate(SlackMrkdwn.Plain(topic), SlackLimits.Topic) };
                await EnqueueAsync(channel.Id, SlackOutboxKinds.Topic, payload, cancellationToken).ConfigureAwait(false);
                return new ChannelRef(channel.Id, channel.Name);
            }
        }
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
        var payload = Payload(channelId, message) with { Plain = message.Card is null && message.ButtonsOrEmpty.Count == 0 };
        return QueueMessage(channelId, SlackOutboxKinds.Post, payload, channelId, message.About, cancellationToken);
    }

    public async Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await StoreAsync(NewItem(channelId, SlackOutboxKinds.Update, Payload(channelId, message) with { Target = messageId }, message.About), cancellationToken).ConfigureAwait(false);
    }

    public Task<PostedMessage> SendDirectAsync(Person person, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(message);
        var lane = SlackOutboxKinds.DirectLane(person.Id);
        return EnqueueMessageAsync(lane, SlackOutboxKinds.Direct, Payload(null, message) with { People = [person.Id] }, lane, message.About, cancellationToken);
    }

    public Task<PostedMessage> PostDocumentAsync(string channelId, ChatDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var payload = new SlackOutboxPayload
        {
            Channel = channelId, Title = document.Title, FileName = document.FileName, Content = document.Markdown,
            Text = SlackMrkdwn.Truncate($"*{SlackMrkdwn.Escape(document.Title)}*\n{SlackMrkdwn.Escape(document.Summary)}", SlackLimits.SectionText),
        };
        return EnqueueMessageAsync(channelId, SlackOutboxKinds.Document, payload, channelId, about: null, cancellationToken);
    }

    /// <summary>
    /// A direct message saying the document is ready, its summary, and a link to read it whole: a file shared in a
    /// direct message would need the DM's id opened first, and the link reads the same revision in a browser.
    /// </summary>
    public Task<PostedMessage> SendDocumentDirectAsync(Person person, ChatDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(document);
        var ready = $"*{SlackMrkdwn.Escape(document.Title)}* is ready: <{document.Link.AbsoluteUri}|read the full report>\n";
        var text = ready + SlackMrkdwn.Truncate(SlackMrkdwn.Escape(document.Summary), SlackLimits.SectionText - ready.Length);
        var section = new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } };
        var lane = SlackOutboxKinds.DirectLane(person.Id);
        var payload = new SlackOutboxPayload { People = [person.Id], Text = text, Blocks = new JsonArray(section).ToJsonString() };
        return EnqueueMessageAsync(lane, SlackOutboxKinds.Direct, payload, lane, about: null, cancellationToken);
    }

    public async Task InviteAsync(string channelId, IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        var payload = new SlackOutboxPayload { Channel = channelId, People = people.Select(p => p.Id).ToList() };
        await EnqueueAsync(channelId, SlackOutboxKinds.Invite, payload, cancellationToken).ConfigureAwait(false);
    }

    public async Task BookmarkAsync(string channelId, string title, Uri link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var payload = new SlackOutboxPayload { Channel = channelId, Title = title, Target = link.AbsoluteUri };
        await EnqueueAsync(channelId, SlackOutboxKinds.Bookmark, payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A reply only <paramref name="slackUserId"/> sees, in order with the channel's other messages.</summary>
    public async Task WhisperAsync(string channelId, string slackUserId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var payload = new SlackOutboxPayload { Channel = channelId, Target = slackUserId, Text = SlackBlocks.Fallback(text) };
        await EnqueueAsync(channelId, SlackOutboxKinds.Ephemeral, payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a posted message's blocks as they are (e.g. a page whose pressed button gave way to the answer).</summary>
    public async Task ReplaceBlocksAsync(string channelId, string ts, string text, JsonArray blocks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var payload = new SlackOutboxPayload { Channel = channelId, Target = ts, Text = text, Blocks = blocks.ToJsonString() };
        await EnqueueAsync(channelId, SlackOutboxKinds.Update, payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reply to a button press or shortcut, through its <c>response_url</c> (valid for 30 minutes).</summary>
    public async Task RespondAsync(Uri responseUrl, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var payload = new SlackOutboxPayload { Target = responseUrl.AbsoluteUri, Text = text };
        await EnqueueAsync(SlackOutboxKinds.ResponsesLane, SlackOutboxKinds.Respond, payload, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> GetPermalinkAsync(string channelId, string messageId, CancellationToken cancellationToken = default)
    {
        var ts = messageId;
        if (OutboxMessageId.TryParse(messageId, out var outboxId))
        {
            var item = await outbox.GetAsync(outboxId, cancellationToken).ConfigureAwait(false);
            if (item is not { Status: OutboxStatus.Delivered, Result: { } delivered } || item.Kind == SlackOutboxKinds.Document)
            {
                return null;
            }

            ts = delivered;
        }

        try
        {
            return SlackPermalink.Of((await bot.GetAsync(cancellationToken).ConfigureAwait(false)).WorkspaceUrl, channelId, ts).ToString();
        }
        catch (Exception e) when (SlackCallFailure.Is(e))
        {
            return null; // Slack unreachable for auth.test: the draft goes without this link
        }
    }

    /// <summary>Every message the bot sends in Slack is built here, within Slack's limits (<see cref="SlackBlocks"/>).</summary>
    private SlackOutboxPayload Payload(string? channelId, ChatMessage message) => new()
    {
        Channel = channelId,
        Text = SlackBlocks.Fallback(message),
        Blocks = SlackBlocks.Render(message, message.About is { } about ? links.RecordOf(about.IncidentNumber) : null).ToJsonString(),
    };

    private async Task<PostedMessage> EnqueueMessageAsync(
        string lane, string kind, SlackOutboxPayload payload, string channelId, MessageSubject? about, CancellationToken cancellationToken)
    {
        var queued = QueueMessage(lane, kind, payload, channelId, about, cancellationToken);
        await queued.Stored.ConfigureAwait(false);
        return queued.Message;
    }

    /// <summary>Adds a message to the outbox; its id (from the outbox item's) is known before it is stored.</summary>
    private QueuedPost QueueMessage(string lane, string kind, SlackOutboxPayload payload, string channelId, MessageSubject? about, CancellationToken cancellationToken)
    {
        var item = NewItem(lane, kind, payload, about);
        var stored = writer.Queue(item, cancellationToken);
        return new QueuedPost(new PostedMessage(channelId, OutboxMessageId.Of(item.Id), Permalink: null, item.CreatedAt), stored);
    }

    private Task EnqueueAsync(string lane, string kind, SlackOutboxPayload payload, CancellationToken cancellationToken) =>
        StoreAsync(NewItem(lane, kind, payload), cancellationToken);

    /// <summary>A new outbox item; one <paramref name="about"/> an incident is reported on it if Slack refuses it for good.</summary>
    private OutboxItem NewItem(string lane, string kind, SlackOutboxPayload payload, MessageSubject? about = null) =>
        writer.NewItem(SlackOutboxKinds.Platform, lane, kind, JsonSerializer.Serialize(payload), about);

    private Task StoreAsync(OutboxItem item, CancellationToken cancellationToken) => writer.StoreAsync(item, cancellationToken);

    /// <summary>
    /// Creates a channel. When Slack's answer is lost it looks whether Slack created it all the same; if not (yet),
    /// the failure goes to the job, whose retry meets <c>name_taken</c> and looks again.
    /// </summary>
    private async Task<SlackChannel> CreateAsync(string name, DateTimeOffset openedAt, CancellationToken cancellationToken)
    {
        try
        {
            return await slack.Conversations.CreateAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (SlackCallFailure.OutcomeUnknown(e))
        {
            if (await OwnChannelAsync(name, openedAt, cancellationToken).ConfigureAwait(false) is { } created)
            {
                return created;
            }

            throw;
        }
    }

    /// <summary>
    /// The channel of that name the bot created itself since the incident opened: the bot creates one channel per
    /// incident, named after its number, so that one can only be this incident's. A channel of the name that a
    /// person or another app made, or that this bot made before the incident opened (an incident of the same number
    /// in an earlier database), is someone else's; null then.
    /// </summary>
    private async Task<SlackChannel?> OwnChannelAsync(string name, DateTimeOffset openedAt, CancellationToken cancellationToken)
    {
        var me = await bot.GetAsync(cancellationToken).ConfigureAwait(false);
        var mine = await slack.Conversations.MemberOfAsync(cancellationToken).ConfigureAwait(false);
        return mine.FirstOrDefault(c => c.Name == name && c.Creator == me.UserId && c.Created >= openedAt - SlackLookBack.ClockSkew);
    }

    private static string WithSuffix(string name, int attempt)
    {
        var suffix = "-" + attempt.ToString(CultureInfo.InvariantCulture);
        return (name.Length + suffix.Length > MaxChannelName ? name[..(MaxChannelName - suffix.Length)].TrimEnd('-') : name) + suffix;
    }
}
