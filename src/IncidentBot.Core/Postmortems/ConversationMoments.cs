using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The moments of the conversation a timeline shows beside the recorded events: what was done, the recovery people saw, what was
/// ruled out, what was decided, and a root cause said but not confirmed yet. Curated, since a report is for people: a
/// statement of the same kind by the same person within <see cref="RunGap"/> of the one before is part of its run and
/// left out (the first of a run says when it started), a message already on the timeline is not repeated, and at most
/// <see cref="MostShown"/> are shown, the earliest. Every one is a quote of what someone said, linked and attributed,
/// never a fact of the report.
/// </summary>
internal static class ConversationMoments
{
    public const int MostShown = 12;

    public static readonly TimeSpan RunGap = TimeSpan.FromMinutes(10);

    private static readonly FindingKind[] Shown = [FindingKind.ActionTaken, FindingKind.Recovery, FindingKind.RuledOut, FindingKind.Decision];

    public static IReadOnlyList<Finding> Of(DraftFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var onTimeline = facts.Timeline.Select(e => e.MessageId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var proposedCauses = facts.Unconfirmed(FindingKind.RootCause).Select(f => (f.MessageId, f.Statement)).ToHashSet();
        var moments = new List<Finding>();
        foreach (var finding in facts.Said)
        {
            var shown = Shown.Contains(finding.Kind) || (finding.Kind == FindingKind.RootCause && proposedCauses.Contains((finding.MessageId, finding.Statement)));
            if (!shown || onTimeline.Contains(finding.MessageId) || moments.Exists(m => m.MessageId == finding.MessageId && m.Kind == finding.Kind))
            {
                continue;
            }

            var previous = moments.FindLast(m => m.Kind == finding.Kind && m.AuthorId == finding.AuthorId);
            if (previous is not null && finding.At - previous.At <= RunGap)
            {
                continue;
            }

            moments.Add(finding);
        }

        return moments.Take(MostShown).ToList();
    }

    /// <summary>The Event cell: what kind of moment, who said it, and their words linked to the message.</summary>
    public static string Describe(DraftFacts facts, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(finding);
        var label = finding.Kind switch
        {
            FindingKind.ActionTaken => "Action",
            FindingKind.Recovery => "Recovery",
            FindingKind.RuledOut => "Ruled out",
            FindingKind.Decision => "Decision",
            _ => "Root cause (not confirmed)",
        };
        return $"{label}, said by {facts.SaidBy(finding)}: “{DraftFacts.Quote(finding)}”";
    }
}
