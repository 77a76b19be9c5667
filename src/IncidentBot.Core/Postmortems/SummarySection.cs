using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems.Conversation;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// One paragraph a manager can forward on its own: what happened and when, the customer impact the people on the
/// incident confirmed, how long the impact lasted and how it relates to the change before it, the root cause, and how
/// it was resolved. What was said but not confirmed is pointed to, never stated.
/// </summary>
internal static class SummarySection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Summary");
        doc.Paragraph(string.Join(' ', Sentences(facts)));
    }

    private static IEnumerable<string> Sentences(DraftFacts facts)
    {
        var state = facts.State;
        var where = state.Service is null ? "" : $" on {MarkdownText.Inline(state.Service)}";
        yield return $"On {facts.Date(facts.ImpactStart)} at {facts.Time(facts.ImpactStart)} ({facts.Zone.Label}), "
            + $"a {state.Severity.ToWireName()} incident began{where}: {MarkdownText.Inline(state.Title)}{Prose.Stop(state.Title)}";
        if (facts.Alerts.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Description))?.Description is { } description)
        {
            yield return MarkdownText.Inline(description) + Prose.Stop(description);
        }

        yield return CustomerImpact(facts);
        yield return facts.ImpactEnd is { } end
            ? $"The impact lasted {Durations.Format(end - facts.ImpactStart)}, from {facts.Time(facts.ImpactStart)} to {facts.TimeOn(end, facts.ImpactStart)}."
            : "The impact had not ended when this draft was written.";
        if (facts.ChangeBeforeImpact is { } change)
        {
            var versions = change.Previous is null ? change.Version : $"{change.Previous} → {change.Version}";
            var by = change.By is null ? "" : $", by {facts.Name(change.By)}";
            var recovered = facts.ImpactEnd is { } recoveredAt
                ? $", and service recovered {Durations.Format(recoveredAt - change.At)} after that change"
                : "";
            yield return $"It began {Durations.Format(facts.ImpactStart - change.At)} after the {facts.TimeOn(change.At, facts.ImpactStart)} change to "
                + $"{MarkdownText.Inline(change.Service)} ({MarkdownText.Inline(versions)}{by}){recovered}.";
        }

        yield return RootCause(facts);
        foreach (var sentence in Recovery(facts))
        {
            yield return sentence;
        }
    }

    private static string RootCause(DraftFacts facts)
    {
        var causes = facts.Entries(TimelineKind.RootCause).ToList();
        if (causes.Count == 0)
        {
            return facts.Unconfirmed(FindingKind.RootCause).Any()
                ? "A root cause was said in the channel but nobody has confirmed it yet (see Said in the channel, not confirmed); it is an open question below."
                : "No root cause was recorded in the channel; it is an open question below.";
        }

        var latest = causes[^1];
        var which = causes.Count == 1 ? "the root cause" : $"the latest of {causes.Count} root causes";
        var who = latest.ConfirmedBy is null
            ? $"{facts.Name(latest.By)} recorded {which}"
            : $"{facts.Name(latest.By)} named {which} in the channel, confirmed by {facts.Name(latest.ConfirmedBy)}";
        return $"{who}: {facts.Quote(latest)}{Prose.Stop(latest.Text)}";
    }

    /// <summary>The impact the people confirmed, in their words and attributed; else that no figure was confirmed.</summary>
    private static string CustomerImpact(DraftFacts facts)
    {
        var confirmed = facts.Entries(TimelineKind.Impact).ToList();
        if (confirmed.Count == 0)
        {
            var said = facts.Unconfirmed(FindingKind.Impact).Any() ? " (what was said about it is not confirmed yet)" : "";
            return $"No figure of the customer impact was confirmed in the channel{said}; it is an open question below.";
        }

        var quoted = confirmed.Select(e => $"{facts.Quote(e)} ({facts.Attribution(e)})").ToList();
        return $"Customer impact, as confirmed in the channel: {string.Join("; ", quoted)}.";
    }

    private static IEnumerable<string> Recovery(DraftFacts facts)
    {
        foreach (var rollback in facts.Rollbacks.Where(r => r.Status is RollbackStatus.Succeeded or RollbackStatus.Failed))
        {
            var who = facts.Name(rollback.DecidedBy ?? rollback.RequestedBy);
            var outcome = rollback.Status == RollbackStatus.Succeeded ? "succeeded" : "failed";
            var when = rollback.FinishedAt is { } finishedAt ? $" at {facts.TimeOn(finishedAt, facts.ImpactStart)}" : "";
            yield return $"{who} rolled back {MarkdownText.Inline(rollback.Describe())}; the rollback {outcome}{when}.";
        }

        var state = facts.State;
        var resolved = facts.Entries(TimelineKind.Resolved).LastOrDefault();
        if (state.ResolvedAt is { } resolvedAt)
        {
            var who = resolved?.By is null ? "The incident was resolved" : $"{facts.Name(resolved.By)} resolved the incident";
            yield return resolved is null || resolved.Text == "Resolved"
                ? $"{who} at {facts.TimeOn(resolvedAt, facts.ImpactStart)}."
                : $"{who} at {facts.TimeOn(resolvedAt, facts.ImpactStart)}: {facts.Quote(resolved)}{Prose.Stop(resolved.Text)}";
        }
        else
        {
            yield return state.MitigatedAt is { } mitigatedAt
                ? $"The incident was mitigated at {facts.TimeOn(mitigatedAt, facts.ImpactStart)} but is still open."
                : "The incident is still open.";
        }
    }
}
