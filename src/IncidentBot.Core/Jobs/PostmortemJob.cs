using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Jobs;

/// <summary>
/// Drafts an incident's postmortem and delivers it to the channel, the reports channel and the managers (1:1), each
/// with the link to read that revision whole (<see cref="IIncidentLinks.ReportOf"/>), and has it mailed to them
/// (<see cref="IReportMailer"/>, when email is configured; the mail job sends it once however often this is queued).
/// Every revision is kept.
/// A revision already delivered, or superseded by a newer one, is left alone.
/// </summary>
public sealed class PostmortemJob(
    IIncidentStore incidents, IncidentLocks locks, PostmortemComposer composer, IPostmortemStore postmortems,
    IncidentResponse response, IChatPlatform platform, IIncidentLinks links, IPeopleDirectory people, IncidentSettings settings, IReportMailer mailer,
    TimeProvider time)
{
    public async Task RunAsync(int incidentNumber, int revision, CancellationToken cancellationToken = default)
    {
        using var held = await locks.AcquireAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        var incident = await incidents.GetAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        var existing = await postmortems.GetAsync(incidentNumber, cancellationToken).ConfigureAwait(false);
        if (incident is null || revision < incident.State.PostmortemRevision
            || (existing is not null && (existing.Revision > revision || (existing.Revision == revision && existing.Delivered))))
        {
            return;
        }

        var now = time.GetUtcNow();
        var draft = existing?.Revision == revision ? existing : new PostmortemDraft
        {
            IncidentNumber = incidentNumber, Revision = revision, DraftedAt = now,
            Markdown = await composer.DraftAsync(incident, cancellationToken).ConfigureAwait(false),
        };
        await postmortems.SaveAsync(draft, cancellationToken).ConfigureAwait(false);

        var document = new ChatDocument(
            PostmortemFile.TitleOf(incident.Key, revision), PostmortemFile.NameOf(incident.Key), Summary(incident), draft.Markdown,
            links.ReportOf(incidentNumber, revision));
        incident.Record(TimelineKind.PostmortemDrafted, $"Postmortem drafted (revision {revision})", now);
        await response.CommitAsync(incident, (ChatMessage?)null, cancellationToken).ConfigureAwait(false);
        await DeliverAsync(incident, document, cancellationToken).ConfigureAwait(false);
        mailer.QueueDraft(incidentNumber, revision);
        draft.Delivered = true;
        await postmortems.SaveAsync(draft, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeliverAsync(Incident incident, ChatDocument document, CancellationToken cancellationToken)
    {
        if (incident.State.ChannelId is { } channelId)
        {
            await platform.PostDocumentAsync(channelId, document, cancellationToken).ConfigureAwait(false);
        }

        if (settings.ReportsChannelId is { } reports)
        {
            await platform.PostDocumentAsync(reports, document, cancellationToken).ConfigureAwait(false);
        }

        foreach (var manager in settings.Managers.Select(people.Find).OfType<Person>())
        {
            await platform.SendDocumentDirectAsync(manager, document, cancellationToken).ConfigureAwait(false);
        }
    }

    private string Summary(Incident incident)
    {
        var metrics = incident.Metrics;
        var resolved = metrics.TimeToResolve is { } ttr ? $"resolved after {Time.Durations.Format(ttr)}" : "not resolved yet";
        return $"{incident.Key} ({incident.State.Severity.ToWireName()}) {incident.State.Title}: started {settings.Zone.FormatTime(incident.State.StartedAt)} {settings.Zone.Label}, {resolved}.";
    }
}
