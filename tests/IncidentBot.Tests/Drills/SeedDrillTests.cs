namespace IncidentBot.Tests.Drills;

public sealed class SeedDrillTests
{
    [Fact]
    public async Task SeedDrill_Run_OpensOneIncidentWithTheSeedTimeline()
    {
        var result = await DrillResult.RunAsync("seed-outage.yaml", "+01:00");

        var incident = Assert.Single(result.Incidents);
        Assert.Equal("resolved", incident.GetProperty("status").GetString());
        Assert.Equal("sev1", incident.GetProperty("severity").GetString());
        Assert.Equal("api", incident.GetProperty("service").GetString());
        var rows = result.Rows(1);
        string[] seedRows =
        [
            "09:45 change", "10:00 alert-fired", "10:00 paged", "10:10 acknowledged", "10:15 rollback-started",
            "10:20 rollback-succeeded", "10:20 note", "10:22 alert-resolved", "10:22 resolved",
        ];
        Assert.All(seedRows, row => Assert.Contains(row, rows));
        Assert.Equal(seedRows, rows.Where(seedRows.Contains).Distinct());
        Assert.Contains("10:14 message-pinned", rows);
        Assert.Contains("10:21 root-cause", rows);
        Assert.Equal(rows.OrderBy(r => r[..5], StringComparer.Ordinal), rows);
    }

    [Fact]
    public async Task SeedDrill_Run_MeasuresAcknowledgeAndResolveTimes()
    {
        var result = await DrillResult.RunAsync("seed-outage.yaml", "+01:00");

        Assert.Equal(600, result.Metric(1, "timeToAcknowledgeSeconds"));
        Assert.Equal(1320, result.Metric(1, "timeToResolveSeconds"));
        Assert.Equal(1320, result.Metric(1, "timeToMitigateSeconds"));
        Assert.Equal(2, result.Incident(1).GetProperty("followUps").GetArrayLength());
        Assert.Single(result.Incident(1).GetProperty("rootCauses").EnumerateArray());
    }

    [Fact]
    public async Task SeedDrill_Postmortem_ReadsLikeTheSeedReport()
    {
        var result = await DrillResult.RunAsync("seed-outage.yaml", "+01:00");
        var postmortem = result.Postmortem(1);

        foreach (var section in new[] { "## Summary", "## Impact", "## Timeline", "## Root cause", "## Resolution and recovery", "## Detection and response", "## Preventive measures / follow-ups", "## Participants", "## Open questions" })
        {
            Assert.Contains(section, postmortem, StringComparison.Ordinal);
        }

        Assert.Contains("The impact lasted 22 minutes, from 10:00 to 10:22", postmortem, StringComparison.Ordinal);
        Assert.Contains("recovered 37 minutes after that change", postmortem, StringComparison.Ordinal);
        Assert.Contains("| Time (UTC+01:00) | Event |", postmortem, StringComparison.Ordinal);
        foreach (var time in new[] { "09:45", "10:00", "10:10", "10:15", "10:20", "10:22" })
        {
            Assert.Contains($"\n| {time} | ", postmortem, StringComparison.Ordinal);
        }

        Assert.Contains("from 2023.06.1 to 2023.05.4", postmortem, StringComparison.Ordinal);
        Assert.Contains("without being released to the test environment first", postmortem, StringComparison.Ordinal);
        Assert.Contains("Push every change to the test environment", postmortem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDrill_Postmortem_LinksConversationStatementsToTheirMessages()
    {
        var result = await DrillResult.RunAsync("seed-outage.yaml", "+01:00");
        var postmortem = result.Postmortem(1);
        var transcript = result.Files["transcript-1.md"];

        Assert.Matches(@"\[Server restart initiated\]\(transcript-1\.md#m\d+\)", postmortem);
        Assert.Matches(@"\[The upgrade was pushed to every production server[^\]]*\]\(transcript-1\.md#m\d+\)", postmortem);
        Assert.Matches(@"\[The upgrade shipped the new third-party authentication integration[^\]]*\]\(transcript-1\.md#m\d+\)", postmortem);
        var anchor = System.Text.RegularExpressions.Regex.Match(postmortem, @"\[Server restart initiated\]\(transcript-1\.md#(m\d+)\)").Groups[1].Value;
        Assert.Contains($"<a id=\"{anchor}\"></a>", transcript, StringComparison.Ordinal);
    }
}
