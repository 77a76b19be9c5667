using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems;

/// <summary>How bad and how long: severity, service, what monitoring saw, and the impact window in local time.</summary>
internal static class ImpactSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Impact");
        doc.Bullets(Lines(facts));
    }

    private static IEnumerable<string> Lines(DraftFacts facts)
    {
        var state = facts.State;
        yield return $"**Severity:** {state.Severity.ToWireName()}";
        yield return $"**Service:** {(state.Service is null ? "not named" : MarkdownText.Inline(state.Service))}";
        yield return facts.ImpactEnd is { } end
            ? $"**Duration:** {Durations.Format(end - facts.ImpactStart)}, {facts.Span(facts.ImpactStart, end)} ({facts.Zone.Label})"
            : $"**Duration:** still going on; it began at {facts.Time(facts.ImpactStart)} on {facts.Date(facts.ImpactStart)} ({facts.Zone.Label})";
        foreach (var alert in facts.Alerts)
        {
            var title = MarkdownText.Link(MarkdownText.Inline(alert.Title), alert.Link);
            var description = string.IsNullOrWhiteSpace(alert.Description) ? "" : $" {MarkdownText.Inline(alert.Description)}{Prose.Stop(alert.Description)}";
            var ended = alert.Status == AlertStatus.Resolved && alert.EndsAt is { } endsAt
                ? $"resolved at {facts.TimeOn(endsAt, alert.StartsAt)}"
                : "still firing";
            yield return $"**Alert:** {title}{Prose.Stop(alert.Title)}{description} Fired at {facts.Time(alert.StartsAt)}, {ended}.";
        }

        foreach (var said in facts.Entries(TimelineKind.Impact))
        {
            yield return $"**Reported in the channel:** {facts.Quote(said)} ({facts.Attribution(said)})";
        }

        if (facts.Alerts.Count == 0)
        {
            var by = state.DeclaredBy is null ? "" : $" by {facts.Name(state.DeclaredBy)}";
            yield return $"**Alerts:** none; the incident was declared{by} at {facts.Time(state.OpenedAt)}";
        }
    }
}
