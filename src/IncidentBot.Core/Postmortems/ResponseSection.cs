using IncidentBot.Core.Incidents;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// How fast the response was (time to acknowledge, mitigate, resolve, as <see cref="IncidentMetrics"/> counts them) and how it
/// unfolded: detection, who was paged and when, escalations, who acknowledged.
/// </summary>
internal static class ResponseSection
{
    private const string NotReached = "not reached";

    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Detection and response");
        var state = facts.State;
        var metrics = facts.Incident.Metrics;
        var rows = new List<IReadOnlyList<string>>();
        if (Detection(facts) is { } detection)
        {
            rows.Add(detection);
        }

        rows.AddRange(
            [
                [$"Time to acknowledge (from the incident opening at {facts.Time(state.OpenedAt)})", Format(metrics.TimeToAcknowledge)],
                [$"Time to mitigate (from the impact start at {facts.Time(state.StartedAt)})", Format(metrics.TimeToMitigate)],
                [$"Time to resolve (from the impact start at {facts.Time(state.StartedAt)})", Format(metrics.TimeToResolve)],
            ]);
        doc.Table(["Measure", "Time"], rows);
        doc.Bullets(Steps(facts));
    }

    /// <summary>
    /// Time to detect: from the suspect change before the impact (<see cref="DraftFacts.ChangeBeforeImpact"/>) to the
    /// first alert, or to the declaration when no alert fired; null without such a change.
    /// </summary>
    private static string[]? Detection(DraftFacts facts)
    {
        if (facts.ChangeBeforeImpact is not { } change)
        {
            return null;
        }

        var alert = facts.Entries(TimelineKind.AlertFired).FirstOrDefault();
        var (what, at) = alert is not null
            ? ($"the first alert at {facts.TimeOn(alert.At, change.At)}", alert.At)
            : ($"the declaration at {facts.TimeOn(facts.State.OpenedAt, change.At)}", facts.State.OpenedAt);
        if (at < change.At)
        {
            return null;
        }

        var service = MarkdownText.Cell(MarkdownText.Inline(change.Service));
        return [$"Time to detect (from the change to {service} at {facts.Time(change.At)} to {what})", Durations.Format(at - change.At)];
    }

    private static string Format(TimeSpan? duration) => duration is { } value ? Durations.Format(value) : NotReached;

    private static IEnumerable<string> Steps(DraftFacts facts)
    {
        var state = facts.State;
        var alert = facts.Entries(TimelineKind.AlertFired).FirstOrDefault();
        if (state.DeclaredBy is not null)
        {
            yield return $"Declared by {facts.Name(state.DeclaredBy)} at {facts.Time(state.OpenedAt)}.";
        }
        else if (alert is not null)
        {
            yield return $"Detected by monitoring at {facts.Time(alert.At)}: {facts.Quote(alert)}{Prose.Stop(alert.Text)} The incident was opened at {facts.Time(state.OpenedAt)}.";
        }

        var pages = facts.Entries(TimelineKind.Paged).ToList();
        foreach (var page in pages)
        {
            var by = page.By is null ? "" : $" (by {facts.Name(page.By)})";
            yield return $"{facts.Quote(page)} at {facts.Time(page.At)}{by}.";
        }

        if (pages.Count == 0)
        {
            yield return "Nobody was paged.";
        }

        var escalations = facts.Entries(TimelineKind.Escalated).ToList();
        foreach (var escalation in escalations)
        {
            yield return $"Escalation at {facts.Time(escalation.At)}: {facts.Quote(escalation)}{Prose.Stop(escalation.Text)}";
        }

        if (escalations.Count == 0)
        {
            yield return state.AcknowledgedAt is null ? "No escalation was recorded." : "No escalation was needed.";
        }

        var acknowledged = facts.Entries(TimelineKind.Acknowledged).FirstOrDefault();
        yield return state.AcknowledgedAt is { } acknowledgedAt
            ? $"{(acknowledged is null ? "Acknowledged" : facts.Quote(acknowledged))} by {facts.Name(state.AcknowledgedBy)} at {facts.Time(acknowledgedAt)}."
            : "Nobody acknowledged the incident.";
        if (state.Lead is not null)
        {
            yield return $"{facts.Name(state.Lead)} led the incident.";
        }
    }
}
