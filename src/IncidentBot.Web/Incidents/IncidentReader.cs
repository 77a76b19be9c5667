using IncidentBot.Core;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Outbox;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Web.Incidents;

/// <summary>
/// Reads incidents for the pages through the same Core stores and services the JSON API and the chat workflow use:
/// nothing here keeps a copy, so a page shows what is stored at the moment it is asked for.
/// </summary>
public sealed class IncidentReader(
    IIncidentStore incidents,
    ITranscriptStore transcript,
    IRollbackStore rollbacks,
    IPostmortemStore postmortems,
    IOutboxStore outbox,
    IEnumerable<IOutboxDeliverer> deliverers,
    IncidentChannel channel,
    IPeopleDirectory people,
    IncidentSettings settings)
{
    /// <summary>The dashboard shows at most this many incidents that match; a narrower filter shows older ones.</summary>
    public const int ListLimit = 200;

    public IncidentSettings Settings => settings;

    /// <summary>Incidents that match, newest first, at most <see cref="ListLimit"/>; and whether more matched.</summary>
    public async Task<(IReadOnlyList<Incident> Shown, bool More)> ListAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var all = await incidents.ListAsync(cancellationToken).ConfigureAwait(false);
        var matching = all.Where(i => filter.Matches(i, settings.Zone)).Take(ListLimit + 1).ToList();
        return (matching.Take(ListLimit).ToList(), matching.Count > ListLimit);
    }

    /// <summary>The services incidents were opened for, for the dashboard's filter.</summary>
    public static IReadOnlyList<string> ServicesOf(IEnumerable<Incident> shown) =>
        shown.Select(i => i.State.Service).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<IncidentRecord?> GetAsync(int number, CancellationToken cancellationToken = default)
    {
        if (await incidents.GetAsync(number, cancellationToken).ConfigureAwait(false) is not { } incident)
        {
            return null;
        }

        return new IncidentRecord(
            incident,
            Responders(incident),
            await transcript.ListAsync(number, cancellationToken).ConfigureAwait(false),
            await channel.SuspectChangesAsync(incident, cancellationToken).ConfigureAwait(false),
            await rollbacks.ListByIncidentAsync(number, cancellationToken).ConfigureAwait(false),
            await PendingAsync(number, cancellationToken).ConfigureAwait(false),
            await postmortems.ListRevisionsAsync(number, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A person's name from the roster, or the id when the roster does not know them.</summary>
    public string NameOf(string? personId) => personId is null ? "the bot" : people.Find(personId)?.Name ?? personId;

    /// <summary>The lead, whoever acknowledged, everyone paged and everyone who did something on the timeline, in that order.</summary>
    private List<string> Responders(Incident incident)
    {
        var state = incident.State;
        IEnumerable<string?> ids = [state.Lead, state.AcknowledgedBy, .. state.PagedPeople, .. incident.Timeline.Select(e => e.By)];
        return ids.OfType<string>().Distinct(StringComparer.Ordinal).Select(NameOf).ToList();
    }

    /// <summary>Messages about the incident still waiting in the outbox of the platform(s) the bot delivers to.</summary>
    private async Task<IReadOnlyList<OutboxItem>> PendingAsync(int number, CancellationToken cancellationToken)
    {
        var pending = new List<OutboxItem>();
        foreach (var platform in deliverers.Select(d => d.Platform).Distinct(StringComparer.Ordinal))
        {
            foreach (var lane in await outbox.ListPendingLanesAsync(platform, cancellationToken).ConfigureAwait(false))
            {
                var items = await outbox.ListPendingAsync(platform, lane, cancellationToken).ConfigureAwait(false);
                pending.AddRange(items.Where(item => item.IncidentNumber == number));
            }
        }

        return pending.OrderBy(item => item.Id).ToList();
    }
}
