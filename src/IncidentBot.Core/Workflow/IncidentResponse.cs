using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Workflow;

/// <summary>
/// Finishes a change to an incident: saves it first (so nothing acknowledged is lost), then announces it in
/// the channel, links the new timeline entry to the announcement, and refreshes the card.
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
        if (announcement is not null)
        {
            var posted = await channel.PostAsync(incident, announcement, cancellationToken).ConfigureAwait(false);
            if (entry is not null && posted is not null && entry.Link is null)
            {
                entry.Link = posted.Permalink;
                entry.MessageId = posted.MessageId;
            }
        }

        await channel.ShowCardAsync(incident, cancellationToken).ConfigureAwait(false);
        await incidents.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
    }
}
