using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Drafts the postmortem as Markdown from what the bot captured: timeline, transcript, rollbacks and suspect
/// changes. A pure function: it reads no clock and no network, uses invariant formatting and <c>\n</c> line
/// endings, so the same input always gives the same bytes (and golden-file tests can pin it down). It only
/// states what was recorded; every sentence taken from the conversation links to its message, and what the
/// conversation never answered goes to Open questions. What the conversation says is quoted and attributed; only what
/// people confirmed (or recorded with a command) is stated as fact. Sections follow the README's "Resolve and draft";
/// the customer-facing summary comes last, on its own, to be forwarded.
/// </summary>
public sealed class PostmortemDrafter
{
    public string Draft(PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var facts = new DraftFacts(input);
        var doc = new DraftWriter();
        doc.Title($"{facts.Incident.Key}: {MarkdownText.Inline(facts.State.Title)}");
        doc.Paragraph(Byline(facts));
        SummarySection.Write(facts, doc);
        ImpactSection.Write(facts, doc);
        TimelineSection.Write(facts, doc);
        RootCauseSection.Write(facts, doc);
        ContributingFactorsSection.Write(facts, doc);
        ResolutionSection.Write(facts, doc);
        ResponseSection.Write(facts, doc);
        ReviewPromptsSection.Write(facts, doc);
        FollowUpsSection.Write(facts, doc);
        ParticipantsSection.Write(facts, doc);
        UnconfirmedSection.Write(facts, doc);
        OpenQuestionsSection.Write(facts, doc);
        CustomerSummarySection.Write(facts, doc);
        return doc.ToString();
    }

    private static string Byline(DraftFacts facts)
    {
        var source = facts.State.ChannelName is { } channel ? $"the #{MarkdownText.Inline(channel)} channel" : "the incident timeline";
        var status = facts.State.Status == IncidentStatus.Resolved ? "" : " while the incident was still open";
        return $"*Drafted by IncidentBot from {source}{status}. Linked text leads to the message or alert it comes from.*";
    }
}
