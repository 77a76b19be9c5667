using System.Text.Json;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.People;
using IncidentBot.Teams.Activities;
using IncidentBot.Teams.Cards;
using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Graph;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams.Outbound;

/// <summary>
/// The core's chat port on Teams. An incident's place is the thread of its card: in a channel of its own in
/// <see cref="TeamsOptions.IncidentsTeamId"/> (created through Graph), else in <see cref="TeamsOptions.IncidentsChannelId"/>,
/// started by direct calls (they run in a job, which retries); everything else is written to the durable outbox first
/// and delivered by a job in order per conversation, so Teams being down delays messages but never loses them.
/// Every message is one Adaptive Card (<see cref="AdaptiveCardRenderer"/>), never text beside a card. Messages are
/// known to the core by their outbox id (<c>ob-42</c>) until Teams gives them an activity id. Teams has no invitations
/// to a thread: the people asked in are @mentioned there, which notifies them even when a 1:1 page could not reach them.
/// Commands the core names (<c>/incident ack</c>) are written as Teams users type them (<see cref="TeamsCommandSyntax"/>).
/// </summary>
public sealed partial class TeamsChatPlatform(
    BotConnectorClient connector,
    TeamsChannelOpener opener,
    TeamsIncidentChannels incidentChannels,
    TeamsAddressBook addresses,
    IOutboxStore outbox,
    OutboxWriter writer,
    IIncidentLinks links,
    IOptions<TeamsOptions> options,
    ILogger<TeamsChatPlatform> logger)
    : IChatPlatform
{
    public string Name => TeamsOutboxKinds.Platform;

    /// <summary>
    /// With <see cref="TeamsOptions.IncidentsTeamId"/>, a channel of the incident's own in that team
    /// (<see cref="TeamsChannelOpener"/>), its card's thread the incident's place; Graph refusing for good, a thread in
    /// <see cref="TeamsOptions.IncidentsChannelId"/> when that is set, the reason told as the channel's
    /// <see cref="ChannelRef.Notice"/>. Without a team, a thread in the incidents channel.
    /// </summary>
    public async Task<ChannelRef> OpenIncidentChannelAsync(string name, string topic, DateTimeOffset openedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(topic);
        var teams = options.Value;
        if (string.IsNullOrEmpty(teams.IncidentsTeamId))
        {
            var channel = teams.IncidentsChannelId
                ?? throw new InvalidOperationException("Teams:IncidentsChannelId is not set: incidents have nowhere to open their thread.");
            return new ChannelRef((await StartThreadAsync(channel, topic, cancellationToken).ConfigureAwait(false)).Id, name);
        }

        GraphChannel own;
        try
        {
            own = await opener.OpenAsync(teams.IncidentsTeamId, name, topic, openedAt, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphException e) when (e is not GraphTransientException)
        {
            var reason = Refusal(e, teams.IncidentsTeamId);
            LogChannelRefused(logger, teams.IncidentsTeamId, e.StatusCode, e.ErrorCode, e.ErrorMessage);
            if (string.IsNullOrEmpty(teams.IncidentsChannelId))
            {
                throw new InvalidOperationException($"{reason} Set Teams:IncidentsChannelId to have incidents open as threads there meanwhile.", e);
            }

            var fallback = await StartThreadAsync(teams.IncidentsChannelId, topic, cancellationToken).ConfigureAwait(false);
            return new ChannelRef(fallback.Id, name, $"{reason} This incident is a thread in the incidents channel instead.");
        }

        var thread = await StartThreadAsync(own.Id, topic, cancellationToken).ConfigureAwait(false);
        await incidentChannels.RememberAsync(own.Id, thread.Id, cancellationToken).ConfigureAwait(false);
        return new ChannelRef(thread.Id, own.DisplayName ?? name);
    }

    public async Task<PostedMessage> PostAsync(string channelId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        return await StoredAsync(QueuePost(channelId, message, cancellationToken)).ConfigureAwait(false);
    }

    public QueuedPost QueuePost(string channelId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(message);
        return Queue(channelId, TeamsOutboxKinds.Post, Payload(message) with { Conversation = channelId }, channelId, message.About, cancellationToken);
    }

    public async Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(message);
        var payload = Payload(message) with { Conversation = channelId, Target = messageId };
        await writer.StoreAsync(NewItem(channelId, TeamsOutboxKinds.Update, payload, message.About), cancellationToken).ConfigureAwait(false);
    }

    public async Task<PostedMessage> SendDirectAsync(Person person, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(message);
        var lane = TeamsOutboxKinds.DirectLane(person.Id);
        var payload = Payload(message) with { Person = person.Id, Alert = true };
        return await StoredAsync(Queue(lane, TeamsOutboxKinds.Direct, payload, lane, message.About, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// The report as a card people read in Teams (<see cref="ReportCardRenderer"/>): its sections, tables as tables, and a
    /// button that opens the whole report (<see cref="ChatDocument.Link"/>). A bot attaches files in Teams only through
    /// Graph and SharePoint, or 1:1 after the person consents to each file; the link needs neither.
    /// </summary>
    public async Task<PostedMessage> PostDocumentAsync(string channelId, ChatDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(document);
        var payload = ReportPayload(document) with { Conversation = channelId };
        return await StoredAsync(Queue(channelId, TeamsOutboxKinds.Post, payload, channelId, about: null, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The same report card as in the channels, in the person's 1:1 chat with the bot.</summary>
    public async Task<PostedMessage> SendDocumentDirectAsync(Person person, ChatDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(document);
        var lane = TeamsOutboxKinds.DirectLane(person.Id);
        var payload = ReportPayload(document) with { Person = person.Id };
        return await StoredAsync(Queue(lane, TeamsOutboxKinds.Direct, payload, lane, about: null, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>A link that opens the message in Teams, once it is delivered; null before.</summary>
    public async Task<string?> GetPermalinkAsync(string channelId, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var activityId = messageId;
        if (OutboxMessageId.TryParse(messageId, out var outboxId))
        {
            var item = await outbox.GetAsync(outboxId, cancellationToken).ConfigureAwait(false);
            if (item is not { Status: OutboxStatus.Delivered, Result: { } delivered })
            {
                return null;
            }

            activityId = delivered;
        }

        return TeamsPermalink.Of(channelId, activityId, options.Value.TenantId).AbsoluteUri;
    }

    /// <summary>Asks people in by @mentioning them in the thread: Teams notifies a person mentioned where they can read.</summary>
    public async Task InviteAsync(string channelId, IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        var reachable = people.Select(p => (Person: p, Id: TeamsPeople.IdOf(p))).Where(p => p.Id is not null).ToList();
        if (reachable.Count == 0)
        {
            return;
        }

        var mentions = reachable.Select(p => new TeamsMention(p.Id!, p.Person.Name)).ToList();
        var text = string.Join(" ", mentions.Select(AdaptiveCardRenderer.MentionText)) + ": you are needed on this incident.";
        var card = AdaptiveCardRenderer.Render(new ChatMessage(text), mentions: mentions);
        var payload = new TeamsOutboxPayload { Conversation = channelId, Card = card.ToJsonString(), Summary = "You are needed on this incident", Alert = true };
        await writer.StoreAsync(NewItem(channelId, TeamsOutboxKinds.Post, payload), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Teams has no bookmarks a bot can add without Graph: the link is posted in the thread instead.</summary>
    public Task BookmarkAsync(string channelId, string title, Uri link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        return PostAsync(channelId, new ChatMessage($"{title}: {link.AbsoluteUri}"), cancellationToken);
    }

    /// <summary>Starts a thread in <paramref name="channelId"/> with the incident's topic as its first message.</summary>
    private async Task<ConversationResource> StartThreadAsync(string channelId, string topic, CancellationToken cancellationToken)
    {
        var opening = new ChatMessage($"*{topic}*");
        var activity = OutgoingActivity.Card(AdaptiveCardRenderer.Render(opening), AdaptiveCardRenderer.Summary(opening));
        var serviceUrl = await addresses.ServiceUrlOfAsync(channelId, cancellationToken).ConfigureAwait(false);
        return await connector.CreateChannelThreadAsync(serviceUrl, channelId, activity, options.Value.TenantId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Why Graph gave no channel, said so a Teams admin knows what to do.</summary>
    private static string Refusal(GraphException e, string teamId) => e.StatusCode switch
    {
        403 => $"Teams refused IncidentBot a channel of the incident's own (HTTP 403 {e.ErrorCode}: {e.ErrorMessage}): a team owner must add IncidentBot to the team {teamId} (Teams:IncidentsTeamId) and accept its permissions, Channel.Create.Group among them.",
        404 => $"Teams knows no team {teamId} that IncidentBot is in (HTTP 404 {e.ErrorCode}: {e.ErrorMessage}): Teams:IncidentsTeamId must be the group id of a team IncidentBot is added to.",
        _ => $"Teams refused IncidentBot a channel of the incident's own in the team {teamId}: {e.Message}.",
    };

    /// <summary>Every message the bot sends in Teams is built here, within Teams' limits (<see cref="AdaptiveCardRenderer"/>).</summary>
    private TeamsOutboxPayload Payload(ChatMessage message)
    {
        var teams = message with { Text = TeamsCommandSyntax.Of(message.Text) };
        return new()
        {
            Card = AdaptiveCardRenderer.Render(teams, teams.About is { } about ? links.RecordOf(about.IncidentNumber) : null).ToJsonString(),
            Summary = AdaptiveCardRenderer.Summary(teams),
        };
    }

    private static TeamsOutboxPayload ReportPayload(ChatDocument document) => new()
    {
        Card = ReportCardRenderer.Render(document).ToJsonString(), Summary = TeamsMarkdown.Truncate(document.Title, TeamsLimits.SummaryText),
    };

    private static async Task<PostedMessage> StoredAsync(QueuedPost queued)
    {
        await queued.Stored.ConfigureAwait(false);
        return queued.Message;
    }

    private QueuedPost Queue(string lane, string kind, TeamsOutboxPayload payload, string channelId, MessageSubject? about, CancellationToken cancellationToken)
    {
        var item = NewItem(lane, kind, payload, about);
        var stored = writer.Queue(item, cancellationToken);
        return new QueuedPost(new PostedMessage(channelId, OutboxMessageId.Of(item.Id), Permalink: null, item.CreatedAt), stored);
    }

    private OutboxItem NewItem(string lane, string kind, TeamsOutboxPayload payload, MessageSubject? about = null) =>
        writer.NewItem(TeamsOutboxKinds.Platform, lane, kind, JsonSerializer.Serialize(payload), about);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams refused an incident channel in team {TeamId}: HTTP {Status} {ErrorCode}: {ErrorMessage}")]
    private static partial void LogChannelRefused(ILogger logger, string teamId, int? status, string? errorCode, string errorMessage);
}
