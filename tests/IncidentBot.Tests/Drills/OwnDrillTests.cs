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
}
