using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Postmortems;

/// <summary>Gathers what the drafter reads from the stores and drafts the postmortem.</summary>
public sealed class PostmortemComposer(
    ITranscriptStore transcript, IRollbackStore rollbacks, IncidentChannel channel, PostmortemDrafter drafter, IPeopleDirectory people, IncidentSettings settings)
{
    public async Task<string> DraftAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var input = new PostmortemInput(
            incident,
            await transcript.ListAsync(incident.Number, cancellationToken).ConfigureAwait(false),
            await rollbacks.ListByIncidentAsync(incident.Number, cancellationToken).ConfigureAwait(false),
            await channel.SuspectChangesAsync(incident, cancellationToken).ConfigureAwait(false),
            people,
            settings.Zone);
        return drafter.Draft(input);
    }
}
