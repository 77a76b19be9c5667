using System.Globalization;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The follow-ups recorded or confirmed in the channel, each linked to its message and attributed, with an owner (the
/// person it names, else who said or recorded it, and the report says which) and a due date when its words give one
/// unambiguously (<see cref="FollowUpTerms"/>).
/// </summary>
internal static class FollowUpsSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("Preventive measures / follow-ups");
        var followUps = facts.Entries(TimelineKind.FollowUp).ToList();
        if (followUps.Count == 0)
        {
            doc.Paragraph("None recorded.");
            return;
        }

        doc.Bullets(followUps.Select(f => $"{facts.Quote(f)} ({facts.Attribution(f)}). {Owner(facts, f)}{Due(facts, f)}"));
    }

    private static string Owner(DraftFacts facts, TimelineEntry followUp) =>
        FollowUpTerms.Owner(followUp.Text, facts.People) is { } named
            ? $"Owner: **{MarkdownText.Escape(named.Name)}** (named in it)."
            : $"Owner: **{facts.Name(followUp.By)}** (who raised it; nobody was named).";

    private static string Due(DraftFacts facts, TimelineEntry followUp)
    {
        var saidOn = DateOnly.FromDateTime(facts.Zone.ToLocal(followUp.At).DateTime);
        return FollowUpTerms.Due(followUp.Text, saidOn) is { } due
            ? $" Due: {due.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} (“{MarkdownText.Inline(due.Words)}”)."
            : " Due: no date given.";
    }
}
