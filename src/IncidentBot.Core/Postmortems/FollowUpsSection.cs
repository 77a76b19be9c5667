using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>The follow-ups recorded in the channel, each linked to its message and attributed.</summary>
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

        doc.Bullets(followUps.Select(f => $"{facts.Quote(f)} ({facts.Attribution(f)})"));
    }
}
