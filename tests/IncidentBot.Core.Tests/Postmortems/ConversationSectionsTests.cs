using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>
/// The report's sections with the conversation as their source: what people confirmed is stated, what they said is
/// quoted and attributed, what nobody said stays a question.
/// </summary>
public sealed class ConversationSectionsTests
{
    private readonly PostmortemDrafter _drafter = new();

    [Fact]
    public void Summary_ConfirmedImpact_IsStatedWithWhoSaidAndWhoConfirmedIt()
    {
        var input = SeedIncident.WithMessages(SeedIncident.Input(), SeedIncident.Said(13, "ada", "Ada Mensah", "10:13", "About 4,000 checkouts failed."));
        Confirm(input, FindingKind.Impact, "kofi");

        var summary = DraftSections.Section(_drafter.Draft(input), "Summary");

        Assert.Contains($"Customer impact, as confirmed in the channel: [About 4,000 checkouts failed.]({SeedIncident.Link(13)}) (Ada Mensah, 10:13, confirmed by Kofi Boateng).", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("No figure of the customer impact", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ImpactSaidButNotConfirmed_IsNeverStated()
    {
        var input = SeedIncident.WithMessages(SeedIncident.Input(), SeedIncident.Said(13, "ada", "Ada Mensah", "10:13", "About 4,000 checkouts failed."));
        Propose(input, FindingKind.Impact);

        var draft = _drafter.Draft(input);

        var summary = DraftSections.Section(draft, "Summary");
        Assert.DoesNotContain("4,000", summary, StringComparison.Ordinal);
        Assert.Contains("No figure of the customer impact was confirmed in the channel (what was said about it is not confirmed yet)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("4,000", DraftSections.Section(draft, "Impact"), StringComparison.Ordinal);
        Assert.DoesNotContain("4,000", DraftSections.Section(draft, "Customer-facing summary"), StringComparison.Ordinal);
        Assert.Contains("About 4,000 checkouts failed.", DraftSections.Section(draft, "Said in the channel, not confirmed"), StringComparison.Ordinal);
        Assert.Contains("A figure was said in the channel, but nobody has confirmed it.", DraftSections.Section(draft, "Open questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void Participants_WhoConfirmedWhatWasSaid_AreCreditedWithIt()
    {
        var input = SeedIncident.WithMessages(SeedIncident.Input(), SeedIncident.Said(13, "ada", "Ada Mensah", "10:13", "About 4,000 checkouts failed."));
        Confirm(input, FindingKind.Impact, "foster");

        var participants = DraftSections.Section(_drafter.Draft(input), "Participants");

        Assert.Matches(@"- \*\*Foster Adu-Gyamfi\*\*: [^\n]*confirmed the impact", participants);
        Assert.Matches(@"- \*\*Ada Mensah\*\*: [^\n]*reported the impact", participants);
    }

    [Fact]
    public void CustomerSummary_ConfirmedImpact_LosesTheChatsLeadIn()
    {
        var input = SeedIncident.WithMessages(SeedIncident.Input(), SeedIncident.Said(13, "ada", "Ada Mensah", "10:13", "Impact: actually about 4,000 checkouts failed."));
        Confirm(input, FindingKind.Impact, "kofi");

        var customer = DraftSections.Section(_drafter.Draft(input), "Customer-facing summary");

        Assert.Contains(" About 4,000 checkouts failed. ", customer, StringComparison.Ordinal);
        Assert.DoesNotContain("Impact:", customer, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_ConfirmedFigure_KeepsSeverityDurationAndAlertBesideIt()
    {
        var input = SeedIncident.WithMessages(SeedIncident.Input(), SeedIncident.Said(13, "ada", "Ada Mensah", "10:13", "About 4,000 checkouts failed."));
        Confirm(input, FindingKind.Impact, "kofi");

        var impact = DraftSections.Section(_drafter.Draft(input), "Impact");

        Assert.Contains("**Severity:** sev1", impact, StringComparison.Ordinal);
        Assert.Contains("**Duration:** 22 minutes", impact, StringComparison.Ordinal);
        Assert.Contains("**Alert:**", impact, StringComparison.Ordinal);
        Assert.Contains($"[About 4,000 checkouts failed.]({SeedIncident.Link(13)}) (Ada Mensah, 10:13, confirmed by Kofi Boateng)", impact, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_KeyMomentsOfTheConversation_AreQuotedLinkedAndAttributedInTimeOrder()
    {
        var input = SeedIncident.WithMessages(
            SeedIncident.Input(),
            SeedIncident.Said(11, "kofi", "Kofi Boateng", "10:11", "It is not the database, its latency is flat."),
            SeedIncident.Said(17, "ada", "Ada Mensah", "10:17", "We decided to keep the release frozen until Monday."),
            SeedIncident.Said(19, "kofi", "Kofi Boateng", "10:19", "Success rate back to 99.2%"));

        var rows = DraftSections.TimelineRows(_drafter.Draft(input));

        Assert.Contains(("10:11", $"Ruled out, said by Kofi Boateng: “[It is not the database, its latency is flat.]({SeedIncident.Link(11)})”"), rows);
        Assert.Contains(("10:17", $"Decision, said by Ada Mensah: “[We decided to keep the release frozen until Monday.]({SeedIncident.Link(17)})”"), rows);
        Assert.Contains(("10:19", $"Recovery, said by Kofi Boateng: “[Success rate back to 99.2%]({SeedIncident.Link(19)})”"), rows);
        Assert.Equal(rows.Select(r => r.Time).Order(StringComparer.Ordinal), rows.Select(r => r.Time));
    }

    [Fact]
    public void Timeline_QuestionsHedgesAndChatter_StayOffTheTimeline()
    {
        var input = SeedIncident.WithMessages(
            SeedIncident.Input(),
            SeedIncident.Said(11, "kofi", "Kofi Boateng", "10:11", "Should we restart the proxies?"),
            SeedIncident.Said(12, "ada", "Ada Mensah", "10:12", "maybe restarting the proxies helps"),
            SeedIncident.Said(13, "ada", "Ada Mensah", "10:13", "looking at the dashboards"));

        var timeline = DraftSections.Section(_drafter.Draft(input), "Timeline");

        Assert.DoesNotContain("proxies", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("dashboards", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_RunOfUpdates_ShowsTheFirstOfTheRunAndAtMostTwelveMoments()
    {
        var messages = Enumerable.Range(0, 5)
            .Select(n => SeedIncident.Said(100 + n, "ada", "Ada Mensah", $"10:1{n}", $"Restarting proxy {n}"))
            .Concat(Enumerable.Range(0, 20).Select(n => SeedIncident.Said(200 + n, $"p{n}", $"Person {n}", "10:30", $"Ruled out host {n}")))
            .ToArray();

        var rows = DraftSections.TimelineRows(_drafter.Draft(SeedIncident.WithMessages(SeedIncident.Input(), messages)));

        Assert.Single(rows, r => r.Event.Contains("Restarting proxy", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Event.Contains("Restarting proxy 0", StringComparison.Ordinal));
        Assert.Equal(ConversationMoments.MostShown - 1, rows.Count(r => r.Event.StartsWith("Ruled out, said by", StringComparison.Ordinal)));
    }

    [Fact]
    public void Timeline_RootCauseSaidButNotConfirmed_IsAQuoteMarkedNotConfirmed()
    {
        var input = SeedIncident.WithMessages(SeedIncident.Input(recordRootCause: false), SeedIncident.Said(18, "kofi", "Kofi Boateng", "10:18", "found it: the root cause is the auth integration"));
        Propose(input, FindingKind.RootCause);

        var draft = _drafter.Draft(input);

        Assert.Contains(("10:18", $"Root cause (not confirmed), said by Kofi Boateng: “[found it: the root cause is the auth integration]({SeedIncident.Link(18)})”"), DraftSections.TimelineRows(draft));
        Assert.StartsWith("No root cause is confirmed yet.", DraftSections.Section(draft, "Root cause"), StringComparison.Ordinal);
        Assert.Contains("A root cause was said in the channel but nobody has confirmed it yet", DraftSections.Section(draft, "Summary"), StringComparison.Ordinal);
        Assert.Contains("What caused the incident? A root cause was said in the channel, but nobody has confirmed it.", DraftSections.Section(draft, "Open questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void ContributingFactors_NamedInTheChannel_AreQuotedAndAttributed()
    {
        var input = SeedIncident.WithMessages(
            SeedIncident.Input(),
            SeedIncident.Said(16, "kofi", "Kofi Boateng", "10:16", "The retry storm from the mobile app made it worse."),
            SeedIncident.Said(17, "ada", "Ada Mensah", "10:17", "Was the cache a contributing factor?"));

        var factors = DraftSections.Section(_drafter.Draft(input), "Contributing factors");

        Assert.Equal(
            "As named in the channel (quoted, not confirmed):\n\n"
            + $"- “[The retry storm from the mobile app made it worse.]({SeedIncident.Link(16)})” (Kofi Boateng, 10:16)",
            factors);
    }

    [Fact]
    public void ContributingFactors_NoneNamed_SectionLeftOut()
    {
        Assert.DoesNotContain("Contributing factors", DraftSections.Headings(_drafter.Draft(SeedIncident.Input())));
    }

    [Fact]
    public void Detection_TimeFromTheSuspectChangeToTheFirstAlert_IsMeasured()
    {
        var response = DraftSections.Section(_drafter.Draft(SeedIncident.Input()), "Detection and response");

        Assert.Contains("| Time to detect (from the change to api at 09:45 to the first alert at 10:00) | 15 minutes |", response, StringComparison.Ordinal);
        Assert.Contains("| Time to acknowledge (from the incident opening at 10:00) | 10 minutes |", response, StringComparison.Ordinal);
    }

    [Fact]
    public void Detection_NoChangeBeforeTheImpact_HasNoTimeToDetect()
    {
        var input = SeedIncident.Input() with { SuspectChanges = [] };

        Assert.DoesNotContain("Time to detect", _drafter.Draft(input), StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewPrompts_FilledOnlyWithWhatWasPlainlySaid()
    {
        var input = SeedIncident.WithMessages(
            SeedIncident.Input(),
            SeedIncident.Said(30, "ada", "Ada Mensah", "10:30", "The rollback went well."),
            SeedIncident.Said(31, "kofi", "Kofi Boateng", "10:31", "Luckily it was before the morning peak."),
            SeedIncident.Said(32, "foster", "Foster Adu-Gyamfi", "10:32", "Nothing went badly, I think."),
            SeedIncident.Said(33, "foster", "Foster Adu-Gyamfi", "10:33", "Did the paging go well?"));

        var review = DraftSections.Section(_drafter.Draft(input), "For the review meeting");

        Assert.Contains($"**What went well?** Said in the channel:\n\n- “[The rollback went well.]({SeedIncident.Link(30)})” (Ada Mensah, 10:30)", review, StringComparison.Ordinal);
        Assert.Contains("**What went poorly?** Nothing was said about it in the channel; to discuss in the review.", review, StringComparison.Ordinal);
        Assert.Contains($"**Where did we get lucky?** Said in the channel:\n\n- “[Luckily it was before the morning peak.]({SeedIncident.Link(31)})” (Kofi Boateng, 10:31)", review, StringComparison.Ordinal);
        Assert.DoesNotContain("paging", review, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUps_NamedOwnerAndDueDate_AreShown()
    {
        var input = SeedIncident.Input();
        input.Incident.Record(TimelineKind.FollowUp, "@kofi adds a staging gate by Friday", SeedIncident.At("10:45"), "foster", SeedIncident.Link(45));

        var followUps = DraftSections.Section(_drafter.Draft(input), "Preventive measures / follow-ups");

        Assert.Contains(
            $"- [@kofi adds a staging gate by Friday]({SeedIncident.Link(45)}) (Foster Adu-Gyamfi, 10:45). Owner: **Kofi Boateng** (named in it). Due: 2 June 2023 (“by Friday”).",
            followUps,
            StringComparison.Ordinal);
        Assert.Contains("Owner: **Foster Adu-Gyamfi** (who raised it; nobody was named). Due: no date given.", followUps, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenQuestions_UnansweredQuestionOfTheChannel_IsListedWithItsLink()
    {
        var input = SeedIncident.WithMessages(SeedIncident.Input(), SeedIncident.Said(50, "kofi", "Kofi Boateng", "10:50", "Why did the canary not catch this?"));

        var questions = DraftSections.Section(_drafter.Draft(input), "Open questions");

        Assert.Contains($"- Asked in the channel by Kofi Boateng at 10:50 and not answered there: “[Why did the canary not catch this?]({SeedIncident.Link(50)})”", questions, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenQuestions_LeadAndImpactFigureGiven_AreNotAsked()
    {
        var input = SeedIncident.WithMessages(SeedIncident.Input(), SeedIncident.Said(13, "ada", "Ada Mensah", "10:13", "About 4,000 checkouts failed."));
        Confirm(input, FindingKind.Impact, "kofi");
        input.Incident.State.Lead = "ada";

        Assert.Equal("None.", DraftSections.Section(_drafter.Draft(input), "Open questions"));
    }

    [Fact]
    public void CustomerSummary_NamesNobodyLinksNowhereAndQuotesNobody()
    {
        var input = SeedIncident.WithMessages(
            SeedIncident.Input(),
            SeedIncident.Said(13, "ada", "Ada Mensah", "10:13", "About 4,000 checkouts failed."),
            SeedIncident.Said(14, "kofi", "Kofi Boateng", "10:14", "Impact: Kofi's team lost 20 orders."));
        Confirm(input, FindingKind.Impact, "kofi");
        Confirm(input, FindingKind.Impact, "ada");

        var draft = _drafter.Draft(input);
        var customer = DraftSections.Section(draft, "Customer-facing summary");

        Assert.Equal("Customer-facing summary", DraftSections.Headings(draft)[^1]);
        Assert.Equal(
            "We had an incident affecting api from 10:00 to 10:22 on 1 June 2023 (UTC+01:00): api returns HTTP 500 on 100% of requests. "
            + "All production servers answer HTTP 500; clients cannot use the service. About 4,000 checkouts failed. The impact lasted 22 minutes. "
            + "A rollback restored the previous version. The incident was resolved at 10:22. The cause has been identified. 2 preventive actions have been agreed.",
            customer);
        Assert.DoesNotContain("](", customer, StringComparison.Ordinal);
        Assert.All(SeedIncident.People.All, p => Assert.DoesNotContain(p.Name.Split(' ')[0], customer, StringComparison.Ordinal));
    }

    private static void Propose(PostmortemInput input, FindingKind kind)
    {
        foreach (var finding in ConversationReader.Read(input.Transcript).Where(f => f.Kind == kind))
        {
            input.Incident.ProposeFinding(finding);
        }
    }

    /// <summary>Confirms the oldest finding of that kind not decided yet, as <paramref name="by"/>.</summary>
    private static void Confirm(PostmortemInput input, FindingKind kind, string by)
    {
        Propose(input, kind);
        var review = input.Incident.State.Findings.First(f => f.Kind == kind && f.Status == FindingStatus.Proposed);
        Assert.True(input.Incident.DecideFinding(review, confirmed: true, by, SeedIncident.At("10:50")));
    }
}
