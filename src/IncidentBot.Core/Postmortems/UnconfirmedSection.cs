using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// What people said in the channel that the bot asked about and nobody has confirmed yet: shown as said, by whom and
/// when, never as fact. Rejected findings are left out; with nothing unconfirmed the section is left out.
/// </summary>
internal static class UnconfirmedSection
{
    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        var unconfirmed = facts.State.Findings.Where(f => f.Status == FindingStatus.Proposed).OrderBy(f => f.SaidAt).ToList();
        if (unconfirmed.Count == 0)
        {
            return;
        }

        doc.Heading("Said in the channel, not confirmed");
        doc.Bullets(unconfirmed.Select(f =>
            $"{f.Kind.Label()}, from {facts.Name(f.SaidBy)} at {facts.Time(f.SaidAt)}: {MarkdownText.Link(MarkdownText.Inline(f.Statement), f.Permalink)}"));
    }
}
