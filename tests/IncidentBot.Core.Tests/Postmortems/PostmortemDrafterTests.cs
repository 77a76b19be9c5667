using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Rollbacks;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>What the draft says when the conversation left things out or went wrong.</summary>
public sealed class PostmortemDrafterTests
{
    private readonly PostmortemDrafter _drafter = new();

    [Fact]
    public void Draft_NoRootCauseRecorded_SaysSoAndAsksItAsOpenQuestion()
    {
        var draft = _drafter.Draft(SeedIncident.Input(recordRootCause: false));

        Assert.Contains("No root cause was recorded in the channel", DraftSections.Section(draft, "Root cause"), StringComparison.Ordinal);
        Assert.Contains("No root cause was recorded", DraftSections.Section(draft, "Summary"), StringComparison.Ordinal);
        Assert.Contains("What caused the incident?", DraftSections.Section(draft, "Open questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_UnresolvedIncident_ShowsNotReachedMetricsAndOpenQuestions()
    {
        var draft = _drafter.Draft(SeedIncident.Input(until: "10:16"));

        var response = DraftSections.Section(draft, "Detection and response");
        Assert.Contains("| 10 minutes |", response, StringComparison.Ordinal);
        Assert.Contains("| Time to mitigate (from the impact start at 10:00) | not reached |", response, StringComparison.Ordinal);
        Assert.Contains("| Time to resolve (from the impact start at 10:00) | not reached |", response, StringComparison.Ordinal);
        var questions = DraftSections.Section(draft, "Open questions");
        Assert.Contains("The incident is not resolved yet", questions, StringComparison.Ordinal);
        Assert.Contains("is still firing", questions, StringComparison.Ordinal);
        Assert.Contains("outcome was never recorded", questions, StringComparison.Ordinal);
        Assert.Contains("No follow-ups were recorded", questions, StringComparison.Ordinal);
        Assert.Contains("The impact had not ended", DraftSections.Section(draft, "Summary"), StringComparison.Ordinal);
        Assert.Equal("None recorded.", DraftSections.Section(draft, "Preventive measures / follow-ups"));
    }

    [Fact]
    public void Draft_NeverAcknowledged_AsksWhy()
    {
        var draft = _drafter.Draft(SeedIncident.Input(until: "10:05"));

        Assert.Contains("| Time to acknowledge (from the incident opening at 10:00) | not reached |", draft, StringComparison.Ordinal);
        Assert.Contains("Nobody acknowledged the incident.", DraftSections.Section(draft, "Detection and response"), StringComparison.Ordinal);
        Assert.Contains("Why did nobody acknowledge the incident?", DraftSections.Section(draft, "Open questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_FailedRollback_ShowsItAndAsksWhichVersionRuns()
    {
        var input = SeedIncident.Input();
        var rollback = input.Rollbacks[0];
        (rollback.Status, rollback.Message) = (RollbackStatus.Failed, "deploy hook returned 502");

        var draft = _drafter.Draft(input);

        Assert.Contains("**failed** at 10:20 (5 minutes after it was confirmed): deploy hook returned 502.", DraftSections.Section(draft, "Resolution and recovery"), StringComparison.Ordinal);
        Assert.Contains("The rollback of api from 2023.06.1 to 2023.05.4 failed at 10:20 (deploy hook returned 502): is api still on 2023.06.1?", DraftSections.Section(draft, "Open questions"), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_LongRunOfNotes_IsOneRowQuotingTheFirstAndTheLastAndCountingTheRest()
    {
        var input = SeedIncident.Input();
        var start = SeedIncident.At("10:10").AddSeconds(30);
        for (var n = 0; n < 40; n++)
        {
            input.Incident.Record(TimelineKind.Note, $"reading {n}: error rate {50 - n}%", start.AddSeconds(3 * n), n % 2 == 0 ? "ada" : "kofi", $"https://chat.example/n/{n}");
        }

        var draft = _drafter.Draft(input);

        var rows = DraftSections.TimelineRows(draft);
        var run = Assert.Single(rows, r => r.Event.Contains("notes", StringComparison.Ordinal));
        Assert.Equal("10:10", run.Time);
        Assert.StartsWith("40 notes from Ada Mensah and Kofi Boateng between 10:10 and 10:12;", run.Event, StringComparison.Ordinal);
        Assert.Contains("the first from Ada Mensah: [reading 0: error rate 50%](https://chat.example/n/0)", run.Event, StringComparison.Ordinal);
        Assert.Contains("the last from Kofi Boateng: [reading 39: error rate 11%](https://chat.example/n/39)", run.Event, StringComparison.Ordinal);
        Assert.Contains("Every note is in the channel's transcript.", run.Event, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 38), n => Assert.DoesNotContain($"reading {n}:", draft, StringComparison.Ordinal));
        Assert.Equal(DraftSections.TimelineRows(_drafter.Draft(SeedIncident.Input())).Count + 1, rows.Count);
    }

    [Fact]
    public void Draft_FewNotesInARow_AreEachTheirOwnRow()
    {
        var input = SeedIncident.Input();
        for (var n = 0; n < 10; n++)
        {
            input.Incident.Record(TimelineKind.Note, $"reading {n}", SeedIncident.At("10:11").AddSeconds(n), "ada", null);
        }

        var rows = DraftSections.TimelineRows(_drafter.Draft(input));

        Assert.Equal(10, rows.Count(r => r.Event.StartsWith("Note from Ada Mensah: reading", StringComparison.Ordinal)));
    }

    [Fact]
    public void Draft_EntryWithOnlyAMessageId_LinksThroughTheTranscriptPermalink()
    {
        var input = SeedIncident.Input();
        input.Incident.Timeline.Single(e => e.Kind == TimelineKind.MessagePinned).Link = null;

        var draft = _drafter.Draft(input);

        Assert.Contains($"[{SeedIncident.PinnedText}]({SeedIncident.Link(14)})", DraftSections.Section(draft, "Timeline"), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_TextWithPipesNewlinesAndMarkup_StaysInsideItsCell()
    {
        var input = SeedIncident.Input();
        input.Incident.Record(TimelineKind.Note, "error rate | latency\nboth <b>up</b> [see](javascript:alert(1))", SeedIncident.At("10:30"), "ada", "https://chat.example/m/30");

        var row = DraftSections.TimelineRows(_drafter.Draft(input)).Single(r => r.Time == "10:30");

        Assert.Equal(@"Note from Ada Mensah: [error rate \| latency<br>both \<b\>up\</b\> \[see\](javascript:alert(1))](https://chat.example/m/30)", row.Event);
    }

    [Fact]
    public void Draft_UnknownPerson_IsNamedByTheirId()
    {
        var input = SeedIncident.Input();
        input.Incident.Record(TimelineKind.Note, "Watching the dashboards", SeedIncident.At("10:30"), "U999", "https://chat.example/m/31");

        var draft = _drafter.Draft(input);

        Assert.Contains("Note from U999: [Watching the dashboards]", draft, StringComparison.Ordinal);
        Assert.Contains("- **U999**: added a note", DraftSections.Section(draft, "Participants"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "- **Ada Mensah**: declared the incident, paged,")]
    [InlineData(true, "- **Ada Mensah**: declared the incident, paged, acknowledged at 10:10, added a note, posted an update,")]
    public void Draft_DeclaredIncident_TheDeclarationIsNoUpdateTheDeclarerPosted(bool postedAnUpdate, string expected)
    {
        var input = SeedIncident.Input();
        input.Incident.State.DeclaredBy = "ada";
        input.Incident.Record(TimelineKind.StatusUpdate, "Declared by Ada Mensah", SeedIncident.At("10:00"), "ada");
        if (postedAnUpdate)
        {
            input.Incident.Record(TimelineKind.StatusUpdate, "Rolling back the api", SeedIncident.At("10:16"), "ada");
        }

        var participants = DraftSections.Section(_drafter.Draft(input), "Participants");

        var ada = Assert.Single(participants.Split('\n'), line => line.StartsWith("- **Ada Mensah**", StringComparison.Ordinal));
        Assert.StartsWith(expected, ada, StringComparison.Ordinal);
        Assert.DoesNotContain("posted updates", ada, StringComparison.Ordinal);
        Assert.Equal(postedAnUpdate, ada.Contains("posted an update", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_SeedIncident_ListsParticipantsWithTheirRoles()
    {
        var participants = DraftSections.Section(_drafter.Draft(SeedIncident.Input()), "Participants");

        Assert.Equal(
            "- **Ada Mensah**: paged, acknowledged at 10:10, added a note, requested a rollback, confirmed a rollback, resolved the incident\n"
            + "- **Foster Adu-Gyamfi**: added follow-ups\n"
            + "- **Kofi Boateng**: made a change, wrote a pinned message, recorded the root cause",
            participants);
    }
}
