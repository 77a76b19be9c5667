using IncidentBot.Core.Incidents;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems;

/// <summary>What was done to stop the impact: every rollback with its versions, decision and outcome, then mitigation and resolution.</summary>
internal static class ResolutionSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Resolution and recovery");
        doc.Bullets(Lines(facts));
    }

    private static IEnumerable<string> Lines(DraftFacts facts)
    {
        if (facts.Rollbacks.Count == 0)
        {
            yield return "No rollback was requested.";
        }

        foreach (var rollback in facts.Rollbacks)
        {
            yield return Rollback(facts, rollback);
        }

        foreach (var kind in (TimelineKind[])[TimelineKind.Mitigated, TimelineKind.Resolved])
        {
            var label = kind == TimelineKind.Mitigated ? "Mitigated" : "Resolved";
            var entries = facts.Entries(kind).ToList();
            foreach (var entry in entries)
            {
                var by = entry.By is null ? "" : $" by {facts.Name(entry.By)}";
                var said = entry.Text.Trim() == label ? "." : $": {facts.Quote(entry)}{Prose.Stop(entry.Text)}";
                yield return $"{label} at {facts.TimeOn(entry.At, facts.ImpactStart)}{by}{said}";
            }

            var reached = kind == TimelineKind.Mitigated ? facts.State.MitigatedAt : facts.State.ResolvedAt;
            if (entries.Count == 0 && reached is null)
            {
                yield return $"Not {label.ToLowerInvariant()} yet.";
            }
        }
    }

    private static string Rollback(DraftFacts facts, Rollback rollback)
    {
        var text = $"Rollback of {MarkdownText.Inline(rollback.Describe())}: requested by {facts.Name(rollback.RequestedBy)} at {facts.Time(rollback.RequestedAt)}";
        var decided = rollback.DecidedAt is { } decidedAt ? $" by {facts.Name(rollback.DecidedBy)} at {facts.Time(decidedAt)}" : "";
        var finished = rollback.FinishedAt is { } finishedAt ? $" at {facts.Time(finishedAt)}" : "";
        var took = rollback is { FinishedAt: { } end, DecidedAt: { } start } ? $" ({Durations.Format(end - start)} after it was confirmed)" : "";
        var message = string.IsNullOrWhiteSpace(rollback.Message) ? "" : $": {MarkdownText.Inline(rollback.Message)}";
        return text + rollback.Status switch
        {
            RollbackStatus.Requested => ", never confirmed or cancelled.",
            RollbackStatus.Cancelled => $", cancelled{decided}.",
            RollbackStatus.Started => $", confirmed{decided}; no outcome was recorded.",
            RollbackStatus.Succeeded => $", confirmed{decided}, succeeded{finished}{took}{message}{Stop(message)}",
            _ => $", confirmed{decided}, **failed**{finished}{took}{message}{Stop(message)}",
        };
    }

    private static string Stop(string message) => message.Length == 0 ? "." : Prose.Stop(message);
}
