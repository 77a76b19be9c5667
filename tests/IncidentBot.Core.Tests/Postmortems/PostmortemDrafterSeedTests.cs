using System.Globalization;

using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>The seed outage drafted end to end: the golden file, and the facts a reader relies on.</summary>
public sealed class PostmortemDrafterSeedTests
{
    private readonly PostmortemDrafter _drafter = new();

    [Fact]
    public void Draft_SeedIncident_MatchesGoldenFile()
    {
        Golden.AssertMatches("seed.md", _drafter.Draft(SeedIncident.Input()));
    }

    [Fact]
    public void Draft_SameInputTwiceUnderAnotherCulture_ReturnsSameBytesWithUnixLineEndings()
    {
        var first = _drafter.Draft(SeedIncident.Input());
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
            Assert.Equal(first, _drafter.Draft(SeedIncident.Input()));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }

        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_SeedIncident_HasTheDesignSectionsInOrder()
    {
        var draft = _drafter.Draft(SeedIncident.Input());

        Assert.StartsWith("# INC-1: api returns HTTP 500 on 100% of requests\n", draft, StringComparison.Ordinal);
        Assert.Equal(
            ["Summary", "Impact", "Timeline", "Root cause", "Resolution and recovery", "Detection and response",
             "For the review meeting", "Preventive measures / follow-ups", "Participants", "Open questions", "Customer-facing summary"],
            DraftSections.Headings(draft));
    }

    [Fact]
    public void Draft_SeedIncident_SummaryGivesImpactAndTimeSinceTheChange()
    {
        var summary = DraftSections.Section(_drafter.Draft(SeedIncident.Input()), "Summary");

        Assert.Contains("On 1 June 2023 at 10:00 (UTC+01:00)", summary, StringComparison.Ordinal);
        Assert.Contains("The impact lasted 22 minutes, from 10:00 to 10:22.", summary, StringComparison.Ordinal);
        Assert.Contains("It began 15 minutes after the 09:45 change", summary, StringComparison.Ordinal);
        Assert.Contains("service recovered 37 minutes after that change", summary, StringComparison.Ordinal);
        Assert.Contains("rolled back api from 2023.06.1 to 2023.05.4", summary, StringComparison.Ordinal);
        Assert.Contains($"[{SeedIncident.RootCauseText}]({SeedIncident.Link(22)})", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_SeedIncident_TimelineRowsAreOldestFirstInLocalTime()
    {
        var rows = DraftSections.TimelineRows(_drafter.Draft(SeedIncident.Input()));

        Assert.Equal(
            ["09:45", "10:00", "10:00", "10:00", "10:10", "10:14", "10:15", "10:15", "10:20", "10:20", "10:21", "10:22", "10:22", "10:22", "10:40", "10:41"],
            rows.Select(r => r.Time));
        Assert.StartsWith("Change by Kofi Boateng: api 2023.05.4 → 2023.06.1", rows[0].Event, StringComparison.Ordinal);
        Assert.Equal($"Alert fired: [api returns HTTP 500 on 100% of requests]({SeedIncident.GeneratorUrl})", rows[1].Event);
        Assert.Equal($"[Acknowledged]({SeedIncident.Link(10)}) by Ada Mensah", rows[4].Event);
        Assert.Equal($"Resolved by Ada Mensah: [100% of traffic back online]({SeedIncident.Link(24)})", rows[13].Event);
        Assert.Contains("| Time (UTC+01:00) | Event |", DraftSections.Section(_drafter.Draft(SeedIncident.Input()), "Timeline"), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_SeedIncident_LeavesPostmortemDraftedOffTheTimeline()
    {
        var draft = _drafter.Draft(SeedIncident.Input());

        Assert.DoesNotContain("Postmortem draft 1 posted", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_SeedIncident_EveryQuotedEntryLinksToItsMessageWhereverItAppears()
    {
        var input = SeedIncident.Input();
        var draft = _drafter.Draft(input);
        var quoted = input.Incident.Timeline.Where(e => e.Kind is TimelineKind.RootCause or TimelineKind.FollowUp or TimelineKind.Note or TimelineKind.MessagePinned).ToList();

        Assert.Equal(5, quoted.Count);
        foreach (var entry in quoted)
        {
            var lines = draft.Split('\n').Where(line => line.Contains(entry.Text, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.Contains($"[{entry.Text}]({entry.Link})", line, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Draft_SeedIncident_ReportsResponseTimesAndWhoWasPaged()
    {
        var response = DraftSections.Section(_drafter.Draft(SeedIncident.Input()), "Detection and response");

        Assert.Contains("| Time to acknowledge (from the incident opening at 10:00) | 10 minutes |", response, StringComparison.Ordinal);
        Assert.Contains("| Time to mitigate (from the impact start at 10:00) | 22 minutes |", response, StringComparison.Ordinal);
        Assert.Contains("| Time to resolve (from the impact start at 10:00) | 22 minutes |", response, StringComparison.Ordinal);
        Assert.Contains("- Paged Ada Mensah (level 1) at 10:00.", response, StringComparison.Ordinal);
        Assert.Contains("by Ada Mensah at 10:10.", response, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_SeedIncident_AsksOnlyForTheImpactFigureAndTheLeadNobodyGave()
    {
        Assert.Equal(
            "- How many customers or requests were affected? No impact figure was given in the channel.\n"
            + "- Who led the incident? No lead was assigned.",
            DraftSections.Section(_drafter.Draft(SeedIncident.Input()), "Open questions"));
    }
}
