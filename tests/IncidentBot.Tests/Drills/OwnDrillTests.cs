namespace IncidentBot.Tests.Drills;

public sealed class OwnDrillTests
{
    [Fact]
    public async Task LongNightDrill_FourteenNotesInARow_ReportTellsTheRunInOneRowAndTheTranscriptKeepsEveryNote()
    {
        var result = await DrillResult.RunAsync("long-night.yaml", "Europe/Paris");

        var notes = result.Timeline(1).Where(e => e.GetProperty("kind").GetString() == "note").Select(e => e.GetProperty("text").GetString()!).ToList();
        Assert.Equal(14, notes.Count);
        var report = result.Postmortem(1);
        var row = Assert.Single(report.Split('\n'), line => line.Contains("14 notes", StringComparison.Ordinal));
        Assert.StartsWith("| 02:14 | 14 notes from Inès Martin and Tom Weber between 02:14 and 02:40", row, StringComparison.Ordinal);
        Assert.Contains(notes[0], row, StringComparison.Ordinal);
        Assert.Contains(notes[^1], row, StringComparison.Ordinal);
        Assert.All(notes.Skip(1).SkipLast(1), note => Assert.DoesNotContain(note, report, StringComparison.Ordinal));
        Assert.Contains(report.Split('\n'), line => line.StartsWith("| 02:12 |", StringComparison.Ordinal) && line.Contains("by Tom Weber", StringComparison.Ordinal));
        Assert.All(notes, note => Assert.Contains(note, result.Files["transcript-1.md"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task EscalationDrill_NobodyAcknowledges_PagesLevelTwoThenThreeOnce()
    {
        var result = await DrillResult.RunAsync("escalation-no-ack.yaml", "Europe/Berlin");

        var rows = result.Rows(1);
        Assert.Contains("02:00 paged", rows);
        Assert.Equal(["02:05 escalated", "02:10 escalated"], rows.Where(r => r.EndsWith("escalated", StringComparison.Ordinal)));
        Assert.Contains("02:13 acknowledged", rows);
        Assert.Equal(13 * 60, result.Metric(1, "timeToAcknowledgeSeconds"));
        Assert.Contains("escalated to level 3: Lena Vogel", result.Postmortem(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlappingAlertDrill_FiresAgainAfterMitigationAndLevelPagedByHand_EscalationGoesOnAndImpactRunsToTheLastClear()
    {
        var result = await DrillResult.RunAsync("flapping-alert.yaml", "Europe/Berlin");

        var rows = result.Rows(1);
        Assert.Contains("10:02 paged", rows);
        Assert.Equal(["10:03 mitigated", "10:12 mitigated"], rows.Where(r => r.EndsWith("mitigated", StringComparison.Ordinal)));
        Assert.Contains("No longer mitigated: checkout 5xx above 2% is firing again", result.Timeline(1).Select(e => e.GetProperty("text").GetString()));
        Assert.Equal(["10:07 escalated"], rows.Where(r => r.EndsWith("escalated", StringComparison.Ordinal)));
        Assert.Equal(9 * 60, result.Metric(1, "timeToAcknowledgeSeconds"));
        Assert.Equal(12 * 60, result.Metric(1, "timeToMitigateSeconds"));
        Assert.Contains("The impact lasted 12 minutes, from 10:00 to 10:12.", result.Postmortem(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatAfterResolveDrill_SameFiringResentAfterAManualResolve_OpensNothingUntilANewStart()
    {
        var result = await DrillResult.RunAsync("repeat-after-resolve.yaml", "Europe/Amsterdam");

        Assert.Equal(2, result.Incidents.Count);
        Assert.Equal(["10:00 paged"], result.Rows(1).Where(r => r.EndsWith("paged", StringComparison.Ordinal)));
        Assert.Single(result.Rows(1), r => r.EndsWith("alert-fired", StringComparison.Ordinal));
        Assert.Equal(["15:09 alert-fired", "15:10 channel-opened", "15:10 paged", "15:12 acknowledged"], result.Rows(2));
    }

    [Fact]
    public async Task FailedRollbackDrill_RollbacksFail_TimelineAndReportSaySoAndMitigationFollows()
    {
        var result = await DrillResult.RunAsync("failed-rollback.yaml", "-05:00");

        var rows = result.Rows(1);
        Assert.Contains("14:14 rollback-started", rows);
        Assert.Contains("14:17 rollback-failed", rows);
        Assert.Contains("14:21 rollback-started", rows);
        Assert.Contains("14:24 rollback-failed", rows);
        Assert.Contains("14:30 mitigated", rows);
        Assert.DoesNotContain(rows, r => r.EndsWith("rollback-succeeded", StringComparison.Ordinal));
        var failed = result.Timeline(1).Where(e => e.GetProperty("kind").GetString() == "rollback-failed").Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Contains("from v812 to v811", failed[0], StringComparison.Ordinal);
        Assert.Contains("to v810", failed[1], StringComparison.Ordinal);
        Assert.Equal(22 * 60, result.Metric(1, "timeToMitigateSeconds"));
    }

    [Fact]
    public async Task DeclaredDrill_NoAlerts_IncidentRunsFromDeclarationToResolution()
    {
        var result = await DrillResult.RunAsync("declared-incident.yaml", "Europe/Paris");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal("Customers report missing invoices", incident.GetProperty("title").GetString());
        Assert.Equal("sev2", incident.GetProperty("severity").GetString());
        Assert.Equal("tom", incident.GetProperty("lead").GetString());
        var rows = result.Rows(1);
        Assert.DoesNotContain(rows, r => r.Contains("alert", StringComparison.Ordinal));
        Assert.Contains("11:05 paged", rows);
        Assert.Contains("11:12 message-pinned", rows);
        Assert.Contains("11:14 severity-changed", rows);
        Assert.Contains("11:20 status-update", rows);
        Assert.Equal(4 * 60, result.Metric(1, "timeToAcknowledgeSeconds"));
        Assert.Equal(45 * 60, result.Metric(1, "timeToResolveSeconds"));
    }

    [Fact]
    public async Task TwoGroupsDrill_RepeatedDeliveries_TwoIncidentsEachAlertOnce()
    {
        var result = await DrillResult.RunAsync("two-groups.yaml", "UTC");

        Assert.Equal(2, result.Incidents.Count);
        Assert.Equal(["07:58 alert-fired", "08:29 alert-resolved"], result.Rows(1).Where(r => r.Contains("alert", StringComparison.Ordinal)));
        Assert.Equal(["07:59 alert-fired", "08:02 alert-fired"], result.Rows(2).Where(r => r.Contains("alert", StringComparison.Ordinal)));
        Assert.Equal("search", result.Incident(1).GetProperty("service").GetString());
        Assert.Equal("mailer", result.Incident(2).GetProperty("service").GetString());
        Assert.All(result.Incidents, i => Assert.Equal("resolved", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task DstDrill_ClocksGoForward_LocalTimesAndDurationsAreRight()
    {
        var result = await DrillResult.RunAsync("dst-change.yaml", "Europe/London");

        var rows = result.Rows(1);
        Assert.Contains("00:30 alert-fired", rows);
        Assert.Contains("00:55 note", rows);
        Assert.Contains("02:05 note", rows);
        Assert.Contains("03:10 alert-resolved", rows);
        Assert.Equal(100 * 60, result.Metric(1, "timeToMitigateSeconds"));
        var postmortem = result.Postmortem(1);
        Assert.Contains("1 hour 40 minutes", postmortem, StringComparison.Ordinal);
        Assert.Contains("| Time (Europe/London) | Event |", postmortem, StringComparison.Ordinal);
        Assert.Contains("\n| 03:10 | ", postmortem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DstDrill_NoStatusUpdates_ChannelIsRemindedEveryHalfHour()
    {
        var result = await DrillResult.RunAsync("dst-change.yaml", "Europe/London");

        var transcript = result.Files["transcript-1.md"];
        Assert.Contains("**02:00 IncidentBot** · message", transcript, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(transcript, "No status update for"));
        Assert.Contains("No status update for 1 hour 30 minutes", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollbackTimeoutDrill_NoOutcomeInTime_FailsOnceAndTheLateOutcomeChangesNothing()
    {
        var result = await DrillResult.RunAsync("rollback-timeout.yaml", "UTC");

        var rollbackRows = result.Rows(1).Where(r => r.Contains("rollback", StringComparison.Ordinal)).ToList();
        Assert.Equal(["12:07 rollback-requested", "12:07 rollback-started", "12:37 rollback-failed"], rollbackRows);
        var failed = result.Timeline(1).Single(e => e.GetProperty("kind").GetString() == "rollback-failed");
        Assert.Contains("no outcome from the deploy system within 30 minutes", failed.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaidInConversationDrill_ReportStatesOnlyWhatWasConfirmed_AndQuotesTheRestAsSaid()
    {
        var result = await DrillResult.RunAsync("said-in-conversation.yaml", "Europe/Stockholm");
        var report = result.Postmortem(1);

        var rootCause = Section(report, "Root cause");
        Assert.Matches(@"^> \[Found it: the root cause is the expired certificate on the payments proxy\.\]\(transcript-1\.md#m\d+\)\n>\n> — Irene Adler, 08:20, confirmed by Mara Lind", rootCause);
        Assert.Contains("Irene Adler named the root cause in the channel, confirmed by Mara Lind: [Found it:", Section(report, "Summary"), StringComparison.Ordinal);
        Assert.Matches(@"Customer impact, as confirmed in the channel: \[About 12% of card payments failed in eu-west between 08:00 and 08:30\.\]\(transcript-1\.md#m\d+\) \(Mara Lind, 08:24, confirmed by Kofi Boateng\)", Section(report, "Summary"));
        Assert.Contains("About 12% of card payments failed", Section(report, "Impact"), StringComparison.Ordinal);
        Assert.Matches(
            @"- \[Action item: @kofi adds an alert on certificate expiry by Friday\.\]\(transcript-1\.md#m\d+\) \(Irene Adler, 08:35, confirmed by Kofi Boateng\)\. Owner: \*\*Kofi Boateng\*\* \(named in it\)\. Due: 17 May 2024 \(“by Friday”\)\.",
            Section(report, "Preventive measures / follow-ups"));

        var unconfirmed = Section(report, "Said in the channel, not confirmed");
        Assert.Matches(@"^- Impact, from Kofi Boateng at 08:37: \[Impact: 340 merchants saw declined cards\.\]\(transcript-1\.md#m\d+\)$", unconfirmed);
        var facts = string.Join('\n', new[] { "Summary", "Impact", "Root cause", "Preventive measures / follow-ups", "Customer-facing summary" }.Select(h => Section(report, h)));
        Assert.DoesNotContain("340 merchants", facts, StringComparison.Ordinal);

        string[] neverFacts =
        [
            "the new rate limiter", "DNS resolver cache", "load balancer", "payments proxy deploy", "3,000", "5,000",
            "rotate every proxy certificate", "proxy renewal runbook",
        ];
        Assert.All(neverFacts, said => Assert.DoesNotContain(said, report, StringComparison.Ordinal));

        var rows = DrillTimelineRows(report);
        Assert.Contains(rows, r => r.StartsWith("| 08:07 | Ruled out, said by Kofi Boateng: “[It is not the database, its latency is flat.](transcript-1.md#m", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| 08:27 | Action, said by Kofi Boateng: “[Renewing the certificate", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| 08:31 | Decision, said by Irene Adler:", StringComparison.Ordinal));
        Assert.Contains("The retry storm from the mobile app made it worse.", Section(report, "Contributing factors"), StringComparison.Ordinal);
        var review = Section(report, "For the review meeting");
        Assert.Contains("Luckily it happened before the morning peak.", review, StringComparison.Ordinal);
        Assert.Contains("We should have caught the expiry weeks ago.", review, StringComparison.Ordinal);
        Assert.Contains("**What went well?** Nothing was said about it in the channel", review, StringComparison.Ordinal);
        var questions = Section(report, "Open questions");
        Assert.Matches(@"Asked in the channel by Mara Lind at 08:45 and not answered there: “\[Why did the expiry alert not fire\?\]\(transcript-1\.md#m\d+\)”", questions);
        Assert.DoesNotContain("Is it the database?", questions, StringComparison.Ordinal);
        Assert.Contains("One statement from the channel is waiting to be confirmed", questions, StringComparison.Ordinal);

        var customer = Section(report, "Customer-facing summary");
        Assert.Contains("About 12% of card payments failed in eu-west between 08:00 and 08:30.", customer, StringComparison.Ordinal);
        Assert.All(["Irene", "Kofi", "Mara", "Foster", "](", "“"], word => Assert.DoesNotContain(word, customer, StringComparison.Ordinal));
        Assert.Equal(
            ["found-it root cause", "12% impact", "expiry action item"],
            Confirmed(result, ("root-cause", "Found it:", "found-it root cause"), ("impact", "About 12%", "12% impact"), ("follow-up", "certificate expiry", "expiry action item")));
    }

    [Fact]
    public async Task SaidInTeamsDrill_TwoRootCausesAndACorrectedFigure_ReportStatesOnlyWhatThePeopleKept()
    {
        var result = await DrillResult.RunAsync("said-in-teams.yaml", "America/New_York");
        var report = result.Postmortem(1);

        Assert.Matches(
            @"^> \[Turns out the failover promoted a replica that was 40 seconds behind the primary\.\]\(transcript-1\.md#m\d+\)\n>\n> — Dmitri Volkov, 14:12, confirmed by Sofia Alves$",
            Section(report, "Root cause"));
        Assert.Matches(
            @"\*\*Reported in the channel:\*\* \[Actually it was about \$18,000 of orders in us-east-1, 640 orders in all\.\]\(transcript-1\.md#m\d+\) \(Priya Raman, 14:20, confirmed by Dmitri Volkov\)",
            Section(report, "Impact"));
        var followUps = Section(report, "Preventive measures / follow-ups").Split('\n');
        Assert.Equal(2, followUps.Length);
        Assert.EndsWith("confirmed by Dmitri Volkov). Owner: **Dmitri Volkov** (named in it). Due: 21 March 2025 (“due 2025-03-21”).", followUps[0], StringComparison.Ordinal);
        Assert.EndsWith("confirmed by Priya Raman). Owner: **Priya Raman** (named in it). Due: 14 March 2025 (“by Friday”).", followUps[1], StringComparison.Ordinal);
        Assert.Matches(@"^- Action item, from Dmitri Volkov at 14:30: \[We should alert when replica lag goes above 10 seconds\.\]\(transcript-1\.md#m\d+\)$", Section(report, "Said in the channel, not confirmed"));

        string[] neverInReport =
        [
            "connection pool", "ran out of disk", "2,000 orders", "availability zone", "network partition", "storage migration",
            "payment gateway?", "the other way round",
        ];
        Assert.All(neverInReport, said => Assert.DoesNotContain(said, report, StringComparison.Ordinal));
        var rows = DrillTimelineRows(report);
        Assert.Contains(rows, r => r.StartsWith("| 14:06 | Ruled out, said by Dmitri Volkov: “[Ruled out the payment gateway", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| 14:23 | Decision, said by Priya Raman: “[Decision: we replay the lost orders", StringComparison.Ordinal));
        var questions = Section(report, "Open questions");
        Assert.Contains("Asked in the channel by Sofia Alves at 14:38 and not answered there: “[Why did nobody get paged when the replica fell behind?]", questions, StringComparison.Ordinal);
        Assert.DoesNotContain("storage migration", questions, StringComparison.Ordinal);
        Assert.Equal(
            ["replica root cause", "$18,000 impact", "lag check action item", "reconcile action item"],
            Confirmed(
                result,
                ("root-cause", "Turns out the failover promoted a replica", "replica root cause"),
                ("impact", "$18,000", "$18,000 impact"),
                ("follow-up", "replica lag check", "lag check action item"),
                ("follow-up", "reconciles the replayed orders", "reconcile action item")));
    }

    private static string Section(string report, string heading)
    {
        var start = report.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section '{heading}' in:\n{report}");
        start += heading.Length + 5;
        var end = report.IndexOf("\n## ", start, StringComparison.Ordinal);
        return report[start..(end < 0 ? report.Length : end)].Trim('\n');
    }

    private static List<string> DrillTimelineRows(string report) =>
        Section(report, "Timeline").Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Skip(2).ToList();

    /// <summary>
    /// The timeline entries the people confirmed, each named by the first of <paramref name="known"/> of its kind whose
    /// words it holds, else shown whole.
    /// </summary>
    private static List<string> Confirmed(DrillResult result, params (string Kind, string Words, string Name)[] known) => result.Timeline(1)
        .Select(e => (Kind: e.GetProperty("kind").GetString(), Text: e.GetProperty("text").GetString()!))
        .Where(e => e.Kind is "root-cause" or "impact" or "follow-up")
        .Select(e => known.FirstOrDefault(k => k.Kind == e.Kind && e.Text.Contains(k.Words, StringComparison.Ordinal)).Name ?? $"{e.Kind}: {e.Text}")
        .ToList();
}
