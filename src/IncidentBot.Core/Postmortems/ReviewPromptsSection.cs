using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// What went well, what went poorly and where we got lucky: prompts for the review meeting. Each is filled only with
/// what someone plainly said in the channel ("… went well", "we should have caught …", "luckily …"), quoted, linked and
/// attributed; otherwise it stays a question for the meeting, since the bot does not judge the response.
/// </summary>
internal static class ReviewPromptsSection
{
    private static readonly (FindingKind Kind, string Prompt)[] Prompts =
    [
        (FindingKind.WentWell, "What went well?"),
        (FindingKind.WentPoorly, "What went poorly?"),
        (FindingKind.Lucky, "Where did we get lucky?"),
    ];

    public static void Write(DraftFacts facts, DraftWriter doc)
    {
        doc.Heading("For the review meeting");
        foreach (var (kind, prompt) in Prompts)
        {
            var said = facts.SaidOf(kind).ToList();
            if (said.Count == 0)
            {
                doc.Paragraph($"**{prompt}** Nothing was said about it in the channel; to discuss in the review.");
                continue;
            }

            doc.Paragraph($"**{prompt}** Said in the channel:");
            doc.Bullets(said.Select(f => $"“{DraftFacts.Quote(f)}” ({facts.SaidBy(f)}, {facts.Time(f.At)})"));
        }
    }
}
