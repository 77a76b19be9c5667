using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// What the conversation named as adding to the incident ("contributing factor: …", "… made it worse"), quoted, linked
/// and attributed as said; left out when nobody named one, since the bot does not guess them.
/// </summary>
internal static class ContributingFactorsSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        var factors = facts.SaidOf(FindingKind.ContributingFactor).ToList();
        if (factors.Count == 0)
        {
            return;
        }

        doc.Heading("Contributing factors");
        doc.Paragraph("As named in the channel (quoted, not confirmed):");
        doc.Bullets(factors.Select(f => $"“{DraftFacts.Quote(f)}” ({facts.SaidBy(f)}, {facts.Time(f.At)})"));
    }
}
