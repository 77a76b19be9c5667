using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems.Conversation;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The root cause in the responders' own words, each quote linked to its message and attributed; the pinned
/// messages and suspect changes that back it up follow as evidence.
/// </summary>
internal static class RootCauseSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Root cause");
        var causes = facts.Entries(TimelineKind.RootCause).ToList();
        if (causes.Count == 0)
        {
            doc.Paragraph(facts.Unconfirmed(FindingKind.RootCause).Any()
                ? "No root cause is confirmed yet. What was said about it is listed under Said in the channel, not confirmed, and the question under Open questions."
                : "No root cause was recorded in the channel, so it is listed under Open questions.");
        }

        foreach (var cause in causes)
        {
            doc.Quote(facts.Quote(cause), "", $"— {facts.Attribution(cause)}");
        }

        var pinned = facts.Entries(TimelineKind.MessagePinned).ToList();
        if (pinned.Count > 0)
        {
            doc.Paragraph("Supporting evidence pinned in the channel:");
            doc.Bullets(pinned.Select(p => $"{facts.Name(p.By)} at {facts.Time(p.At)}: {facts.Quote(p)}"));
        }

        if (facts.Changes.Count > 0)
        {
            doc.Paragraph("Suspect changes (deploys to the service recorded around the start of the impact):");
            doc.Bullets(facts.Changes.Select(c =>
            {
                var versions = c.Previous is null ? c.Version : $"{c.Previous} → {c.Version}";
                var by = c.By is null ? "" : $" by {facts.Name(c.By)}";
                var what = string.IsNullOrWhiteSpace(c.Description) ? "" : $" — {MarkdownText.Inline(c.Description)}";
                return $"{facts.TimeOn(c.At, facts.ImpactStart)} ({Relative(c.At, facts.ImpactStart)}): {MarkdownText.Inline($"{c.Service} {versions}")}{by}{what}";
            }));
        }
    }

    private static string Relative(DateTimeOffset at, DateTimeOffset impactStart) => at <= impactStart
        ? $"{Durations.Format(impactStart - at)} before the impact began"
        : $"{Durations.Format(at - impactStart)} after the impact began";
}
