using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Postmortems;

/// <summary>Gathers what the drafter reads from the stores and drafts the postmortem.</summary>
public sealed class PostmortemComposer(
    ITranscriptStore transcript, IRollbackStore rollbacks, IncidentChannel channel, PostmortemDrafter drafter, IPeopleDirectory people,
    IChatPlatform platform, IncidentSettings settings)
{
    public async Task<string> DraftAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var messages = await transcript.ListAsync(incident.Number, cancellationToken).ConfigureAwait(false);
        await FillMissingLinksAsync(incident, messages, cancellationToken).ConfigureAwait(false);
        var input = new PostmortemInput(
            incident,
            messages,
            await rollbacks.ListByIncidentAsync(incident.Number, cancellationToken).ConfigureAwait(false),
            await channel.SuspectChangesAsync(incident, cancellationToken).ConfigureAwait(false),
            people,
            settings.Zone);
        return drafter.Draft(input);
    }

    /// <summary>
    /// Messages the bot posted through an outbox had no permalink when their timeline entry was saved; by the
    /// time a postmortem is drafted the platform usually has one.
    /// </summary>
    private async Task FillMissingLinksAsync(Incident incident, IReadOnlyList<TranscriptMessage> messages, CancellationToken cancellationToken)
    {
        if (incident.State.ChannelId is not { } channelId)
        {
            return;
        }

        foreach (var entry in incident.Timeline.Where(e => e.Link is null && e.MessageId is not null))
        {
            entry.Link = await platform.GetPermalinkAsync(channelId, entry.MessageId!, cancellationToken).ConfigureAwait(false);
        }

        foreach (var message in messages.Where(m => m.Permalink is null))
        {
            message.Permalink = await platform.GetPermalinkAsync(message.ChannelId, message.MessageId, cancellationToken).ConfigureAwait(false);
        }
    }
}
