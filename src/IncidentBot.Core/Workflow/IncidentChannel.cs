using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Speaks in an incident's channel: posts the bot's messages (and keeps them in the transcript) and keeps
/// the incident card up to date.
/// </summary>
public sealed class IncidentChannel(IChatPlatform platform, ITranscriptStore transcript, IChangeStore changes, IncidentSettings settings, IPeopleDirectory people)
{
    /// <summary>
    /// Announces a timeline entry in the incident's channel. The entry is linked to the announcement before this
    /// returns; the task completes once the announcement is stored, so the caller can save the entry meanwhile
    /// and both share a commit. The entry is the message's record: it is not copied into the transcript (a note
    /// would otherwise be stored twice, and pinning its announcement would put it on the timeline a second time).
    /// Nothing happens without a channel.
    /// </summary>
    public Task AnnounceAsync(Incident incident, TimelineEntry entry, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(message);
        if (incident.State.ChannelId is not { } channelId)
        {
            return Task.CompletedTask;
        }

        var queued = platform.QueuePost(channelId, message.AboutIncident(incident.Number), cancellationToken);
        incident.LinkEntry(entry, queued.Message.Permalink, queued.Message.MessageId);
        return queued.Stored;
    }

    /// <summary>Posts a bot message in the incident's channel and keeps it in the transcript; returns null when the incident has no channel yet.</summary>
    public async Task<PostedMessage?> PostAsync(Incident incident, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(message);
        if (incident.State.ChannelId is not { } channelId)
        {
            return null;
        }

        var posted = await platform.PostAsync(channelId, message.AboutIncident(incident.Number), cancellationToken).ConfigureAwait(false);
        await transcript.UpsertAsync(
            new TranscriptMessage
            {
                Id = TranscriptMessage.IdOf(posted.ChannelId, posted.MessageId),
                IncidentNumber = incident.Number,
                ChannelId = posted.ChannelId,
                MessageId = posted.MessageId,
                AuthorName = "IncidentBot",
                Text = message.Text,
                At = posted.At,
                Permalink = posted.Permalink,
            },
            cancellationToken).ConfigureAwait(false);
        return posted;
    }

    /// <summary>Posts the card when there is none yet, else updates it in place.</summary>
    public async Task ShowCardAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.State.ChannelId is not { } channelId)
        {
            return;
        }

        var card = await BuildCardAsync(incident, cancellationToken).ConfigureAwait(false);
        if (incident.State.CardMessageId is { } cardId)
        {
            await platform.UpdateAsync(channelId, cardId, card.AboutIncident(incident.Number), cancellationToken).ConfigureAwait(false);
            return;
        }

        var posted = await PostAsync(incident, card, cancellationToken).ConfigureAwait(false);
        incident.State.CardMessageId = posted?.MessageId;
    }

    /// <summary>Bookmarks, once each, the links of the incident's alerts (dashboards, alert rules) in its channel.</summary>
    public async Task BookmarkAlertLinksAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.State.ChannelId is not { } channelId)
        {
            return;
        }

        foreach (var alert in incident.State.Alerts)
        {
            if (Uri.TryCreate(alert.Link, UriKind.Absolute, out var link) && link.Scheme is "https" or "http"
                && !incident.State.Bookmarks.Contains(link.AbsoluteUri))
            {
                await platform.BookmarkAsync(channelId, BookmarkTitle(alert.Title), link, cancellationToken).ConfigureAwait(false);
                incident.State.Bookmarks.Add(link.AbsoluteUri);
            }
        }
    }

    public async Task<ChatMessage> BuildCardAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var suspects = await SuspectChangesAsync(incident, cancellationToken).ConfigureAwait(false);
        return IncidentCardMessage.Build(incident, suspects.Select(c => c.Describe()).ToList(), people, settings.Zone);
    }

    private static string BookmarkTitle(string alertTitle) =>
        alertTitle.Length <= MaxBookmarkTitle ? alertTitle : alertTitle[..(MaxBookmarkTitle - 1)] + "…";

    private const int MaxBookmarkTitle = 60;

    /// <summary>Changes to the incident's service (or any, when it has none) in the window before it started, and while open.</summary>
    public Task<IReadOnlyList<Changes.ChangeEvent>> SuspectChangesAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var to = incident.State.ResolvedAt ?? DateTimeOffset.MaxValue;
        return changes.ListAsync(incident.State.Service, incident.State.StartedAt - settings.SuspectChangeWindow, to, cancellationToken);
    }
}
