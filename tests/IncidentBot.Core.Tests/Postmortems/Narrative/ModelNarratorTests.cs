using IncidentBot.Core.Chat;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Postmortems.Narrative;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Core.Tests.Postmortems.Narrative;

/// <summary>
/// The seed outage narrated by a scripted model. Its transcript is m1 (Ada Mensah, 10:12), m2 (Kofi Boateng,
/// 10:14) and m3, a deleted message of Kofi's at 10:30.
/// </summary>
public sealed class ModelNarratorTests
{
    private const string Upgrade = "Every request to api returned HTTP 500 after the 09:45 upgrade. [m1]";
    private const string Cause = "Kofi Boateng found that the upgrade's authentication integration was not compatible with the servers. [m2]";
    private const string Rollback = "Ada Mensah rolled back api from 2023.06.1 to 2023.05.4, and the rollback succeeded at 10:20. [m1][m2]";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2023-06-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly RecordingLogger<ModelNarrator> _log = new();

    [Fact]
    public async Task Narrate_GoodAnswer_SentencesReachTheSummaryLinkedToTheirMessages()
    {
        var (report, draft) = await ReportAsync(ScriptedChatClient.Answering(Upgrade, Cause, Rollback));

        Assert.Contains(NarrativeBlock.Label, report, StringComparison.Ordinal);
        Assert.Contains("Every request to api returned HTTP 500 after the 09:45 upgrade. ([Ada Mensah, 10:12](https://chat.example/m/12))", report, StringComparison.Ordinal);
        Assert.Contains("Kofi Boateng found that the upgrade's authentication integration was not compatible with the servers. ([Kofi Boateng, 10:14](https://chat.example/m/14))", report, StringComparison.Ordinal);
        Assert.Contains("succeeded at 10:20. ([Ada Mensah, 10:12](https://chat.example/m/12), [Kofi Boateng, 10:14](https://chat.example/m/14))", report, StringComparison.Ordinal);
        var summary = report[report.IndexOf("## Summary", StringComparison.Ordinal)..report.IndexOf("## Impact", StringComparison.Ordinal)];
        Assert.Contains(NarrativeBlock.Label, summary, StringComparison.Ordinal);
        Assert.Equal(draft, report.Replace(Block(report), "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Narrate_Prompt_NumbersTheMessagesAndLeavesOutDeletedOnes()
    {
        var model = ScriptedChatClient.Answering(Upgrade);
        await ReportAsync(model);

        var prompt = string.Join('\n', model.Asked.Select(m => m.Text));
        Assert.Contains("[m1] 10:12 Ada Mensah: Every request to api returns HTTP 500", prompt, StringComparison.Ordinal);
        Assert.Contains("[m2] 10:14 Kofi Boateng: The upgrade shipped", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("database", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("[m3]", prompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ada Mensah restarted the servers at 10:05. [m1]", "10:05")]
    [InlineData("Ada Mensah restarted the servers at 8:27 pm. [m1]", "8:27")]
    [InlineData("About 3,400 requests failed every minute. [m1]", "3,400")]
    [InlineData("Errors reached 12% of requests. [m1]", "12%")]
    [InlineData("The rollback took 40 s. [m1]", "40 s")]
    [InlineData("The release was rolled back by the team. [m9]", "rolled back by the team")]
    [InlineData("Sherlock Holmes approved the rollback. [m1]", "Sherlock")]
    [InlineData("The rollback was approved by Irene Adler. [m1][m2]", "Irene")]
    [InlineData("Kofi Boateng blamed the database. [m3]", "database")]
    [InlineData("Heads up @channel, the upgrade broke api. [m1]", "@channel")]
    [InlineData("<!channel> the upgrade broke api. [m1]", "channel>")]
    [InlineData("<@U0ADA> owns the upgrade. [m1]", "U0ADA")]
    [InlineData("The details are at https://evil.example.org/x now. [m1]", "evil.example")]
    [InlineData("The details are on evil.example.org now. [m1]", "evil.example")]
    [InlineData("<img src=x onerror=alert(1)> the upgrade broke api. [m1]", "onerror")]
    [InlineData("The upgrade broke api, see [this](javascript:alert(1)). [m1]", "javascript")]
    [InlineData("The upgrade broke api `rm -rf` now. [m1]", "rm -rf")]
    [InlineData("Every request failed | injected | cell. [m1]", "injected")]
    public async Task Narrate_Misbehaving_NoneOfItReachesTheReport(string bad, string telltale)
    {
        var (report, _) = await ReportAsync(ScriptedChatClient.Answering(Upgrade, bad));

        Assert.Contains("Every request to api returned HTTP 500 after the 09:45 upgrade.", report, StringComparison.Ordinal);
        Assert.DoesNotContain(telltale, Block(report), StringComparison.Ordinal);
        Assert.Single(_log.Lines, l => l.Contains("dropped sentence 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sure! Here is the summary:\n- The upgrade broke api at 10:05.")]
    [InlineData("{\"sentences\":[{\"text\":\"Sherlock did it\",\"cites\":[\"m1\"]}]}")]
    [InlineData("The upgrade broke api.")]
    [InlineData("")]
    [InlineData("Sherlock Holmes deleted the database at 03:00. [m1]\n<!here> [m2]")]
    public async Task Narrate_NothingSurvives_ReportIsTheDeterministicDraftByteForByte(string answer)
    {
        var (report, draft) = await ReportAsync(ScriptedChatClient.Answering(answer));

        Assert.Equal(draft, report);
    }

    [Fact]
    public async Task Narrate_AnswerOfTooManyLines_IsDroppedWhole()
    {
        var (report, draft) = await ReportAsync(ScriptedChatClient.Answering(Enumerable.Repeat(Upgrade, NarrativeAnswer.MaxLines + 1).ToArray()));

        Assert.Equal(draft, report);
    }

    [Fact]
    public async Task Narrate_ModelNeverAnswers_TimesOutOnTheClockAndKeepsTheDraft()
    {
        var never = new TaskCompletionSource<string>();
        var model = new ScriptedChatClient(_ => never.Task);
        var input = Input();
        var narrating = Narrator(model).NarrateAsync(input);
        await model.Called.Task.WaitAsync(TimeSpan.FromSeconds(10));

        _time.Advance(Timeout - TimeSpan.FromSeconds(1));
        Assert.False(narrating.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await narrating.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(_log.Lines, l => l.Contains("no answer within 00:00:30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Narrate_ModelThrows_KeepsTheDraftAndLogsOnlyTheErrorType()
    {
        var model = new ScriptedChatClient(_ => throw new HttpRequestException("Connection refused (Ada Mensah said: Every request)"));

        var (report, draft) = await ReportAsync(model);

        Assert.Equal(draft, report);
        Assert.Contains(_log.Lines, l => l.Contains("failed (HttpRequestException)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Narrate_Logs_SayWhatWasDroppedButNeverTheConversation()
    {
        await ReportAsync(ScriptedChatClient.Answering(Upgrade, "Sherlock Holmes approved the rollback. [m1]", "The upgrade broke api. [m7]"));

        Assert.Contains(_log.Lines, l => l.Contains("kept 1 of 3", StringComparison.Ordinal));
        Assert.Contains(_log.Lines, l => l.Contains("cites m7, which is not a message", StringComparison.Ordinal));
        Assert.All(_log.Lines, l => Assert.DoesNotContain("Sherlock", l, StringComparison.Ordinal));
        Assert.All(_log.Lines, l => Assert.DoesNotContain("HTTP 500", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Narrate_NoConversation_DoesNotAskTheModel()
    {
        var model = ScriptedChatClient.Answering(Upgrade);
        var input = SeedIncident.Input() with { Transcript = [] };

        Assert.Null(await Narrator(model).NarrateAsync(input));
        Assert.Empty(model.Asked);
    }

    private ModelNarrator Narrator(IChatClient model) => new(model, Timeout, _time, _log);

    /// <summary>What the composer does: the deterministic draft, and the narrative added when one survives.</summary>
    private async Task<(string Report, string Draft)> ReportAsync(IChatClient model)
    {
        var input = Input();
        var draft = new PostmortemDrafter().Draft(input);
        var narrative = await Narrator(model).NarrateAsync(input);
        return (narrative is null ? draft : NarrativeBlock.Insert(draft, narrative, input.Zone), draft);
    }

    private static PostmortemInput Input()
    {
        var input = SeedIncident.Input();
        var deleted = new TranscriptMessage
        {
            Id = "C100/30", IncidentNumber = 1, ChannelId = "C100", MessageId = "30", AuthorId = "kofi", AuthorName = "Kofi Boateng",
            Text = "It was the database after all", At = SeedIncident.At("10:30"), Deleted = true, Permalink = SeedIncident.Link(30),
        };
        return input with { Transcript = [.. input.Transcript, deleted] };
    }

    /// <summary>The narrative block: from its label to the blank line before the next heading.</summary>
    private static string Block(string report)
    {
        var start = report.IndexOf(NarrativeBlock.Label, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var end = report.IndexOf("\n## ", start, StringComparison.Ordinal);
        return report[start..(end + 1)];
    }
}
