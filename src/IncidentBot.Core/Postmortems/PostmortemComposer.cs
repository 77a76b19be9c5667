using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems.Narrative;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Gathers what the drafter reads from the stores and drafts the postmortem. With a narrator (only when
/// <c>Postmortem:Model</c> is configured) the checked sentences of a language model are added to the Summary;
/// without one, or when the model gives nothing that passes, the draft is the deterministic one, unchanged.
/// </summary>
public sealed class PostmortemComposer(
    ITranscriptStore transcript, IRollbackStore rollbacks, IncidentChannel channel, PostmortemDrafter drafter, IPeopleDirectory people,
    IChatPlatform platform, IncidentSettings settings, IPostmortemNarrator? narrator = null)
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
        var draft = drafter.Draft(input);
        if (narrator is null || await narrator.NarrateAsync(input, cancellationToken).ConfigureAwait(false) is not { } narrative)
        {
            return draft;
        }

        await FillSourceLinksAsync(narrative, cancellationToken).ConfigureAwait(false);
        return NarrativeBlock.Insert(draft, narrative, settings.Zone);
    }

    /// <summary>The messages a narrative cites are linked like quoted ones: asked for a permalink when they have none.</summary>
    private async Task FillSourceLinksAsync(CheckedNarrative narrative, CancellationToken cancellationToken)
    {
        foreach (var message in narrative.Sentences.SelectMany(s => s.Sources).Distinct().Where(m => m.Permalink is null))
        {
            message.Permalink = await platform.GetPermalinkAsync(message.ChannelId, message.MessageId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Messages the bot posted through an outbox had no permalink when their timeline entry was saved; by the
    /// time a postmortem is drafted the platform usually has one. Only what the draft quotes is looked up (not
    /// the notes inside a long run, which it counts), so a draft of fifty thousand notes asks for a few links.
    /// </summary>
    private async Task FillMissingLinksAsync(Incident incident, IReadOnlyList<TranscriptMessage> messages, CancellationToken cancellationToken)
    {
        if (incident.State.ChannelId is not { } channelId)
        {
            return;
        }

        var quoted = NoteRuns.Quoted(DraftFacts.TimelineOf(incident)).Where(e => e.MessageId is not null).ToList();
        foreach (var entry in quoted.Where(e => e.Link is null))
        {
            incident.LinkEntry(entry, await platform.GetPermalinkAsync(channelId, entry.MessageId!, cancellationToken).ConfigureAwait(false), entry.MessageId);
        }

        var quotedMessages = quoted.Select(e => e.MessageId!).ToHashSet(StringComparer.Ordinal);
        foreach (var message in messages.Where(m => m.Permalink is null && quotedMessages.Contains(m.MessageId)))
        {
            message.Permalink = await platform.GetPermalinkAsync(message.ChannelId, message.MessageId, cancellationToken).ConfigureAwait(false);
        }
    }
}
