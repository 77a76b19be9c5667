using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Finishes a change to an incident: saves it first (so nothing acknowledged is lost), then announces it in
/// the channel, links the new timeline entry to the announcement (<see cref="IncidentChannel.AnnounceAsync"/>),
/// and refreshes the card.
/// </summary>
public sealed class IncidentResponse(IIncidentStore incidents, IncidentChannel channel)
{
    public async Task CommitAsync(Incident incident, string? announcement, CancellationToken cancellationToken = default) =>
        await CommitAsync(incident, announcement is null ? null : new ChatMessage(announcement), cancellationToken).ConfigureAwait(false);

    public async Task CommitAsync(Incident incident, ChatMessage? announcement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var entry = incident.LastRecorded;
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        if (announcement is not null && entry is { Link: null })
        {
            await channel.AnnounceAsync(incident, entry, announcement, cancellationToken).ConfigureAwait(false);
        }
        else if (announcement is not null)
        {
            await channel.PostAsync(incident, announcement, cancellationToken).ConfigureAwait(false);
        }

        await channel.ShowCardAsync(incident, cancellationToken).ConfigureAwait(false);
        await channel.BookmarkAlertLinksAsync(incident, cancellationToken).ConfigureAwait(false);
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Announces a new timeline entry and saves it linked to the announcement, both writes queued at once (on a
    /// database that shares commits, usually in one commit), so the entry is written once. The caller confirms
    /// only after both; if one fails or the bot dies in between, the person who typed it has no confirmation and
    /// types it again (the channel may then show it twice; the timeline may hold it once more). Only the timeline
    /// is written and the card is left alone: an append runs without the incident's lock, so it must not write
    /// back or redraw the card from what it loaded, which may already be older than what is stored.
    /// </summary>
    public async Task CommitEntryAsync(Incident incident, ChatMessage announcement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(announcement);
        var entry = incident.LastRecorded ?? throw new InvalidOperationException("Record the entry before committing it.");
        var announced = channel.AnnounceAsync(incident, entry, announcement, cancellationToken);
        await Task.WhenAll(announced, incidents.AppendAsync(incident, cancellationToken)).ConfigureAwait(false);
    }
}
